// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"

#include <QCoreApplication>

namespace cc::storage {

/// Forward-only numbered schema migrations, tracked in PRAGMA user_version,
/// each applied in its own transaction.
class Migrations {
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    static int latestVersion();
    /// Upgrades to the latest version; refuses a workspace written by a newer CashCycle.
    static Status apply(SqlDatabase &db);
    /// Upgrades up to `version` only (used to test upgrades from every older version).
    static Status applyUpTo(SqlDatabase &db, int version);
    static Result<qint64> currentVersion(SqlDatabase &db);
};

} // namespace cc::storage
