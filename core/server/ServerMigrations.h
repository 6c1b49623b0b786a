// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PgConnection.h"

namespace cc::server {

/// The server's schema as forward-only numbered SQL migrations, recorded in a schema_version
/// table; each applies in one transaction under an advisory lock, so two concurrent
/// `server init` runs cannot interleave.
class ServerMigrations {
    Q_DECLARE_TR_FUNCTIONS(ServerMigrations)

public:
    static int latestVersion();
    /// 0 for a database CashCycle has not set up.
    static Result<int> currentVersion(PgConnection &conn);
    /// Creates or upgrades the schema; refuses a schema newer than this version knows.
    static Status apply(PgConnection &conn);
    /// What a client checks before it syncs: the schema exists and is one it knows.
    static Status checkCompatible(PgConnection &conn);
};

} // namespace cc::server
