// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "common/Clock.h"

namespace cc::storage {

/// Bank statements, lines and learned payers stored before they synced (workspace schema 20
/// and 21): given the ids every desktop makes from what the bank sent, and queued for the
/// server like rows written since. Runs once, inside the migration that made them syncable.
class LegacyBankRows {
public:
    LegacyBankRows(SqlDatabase &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    Status carryOver();

private:
    Status carryStatement(const QString &oldId, const QString &newId);
    Status carryPayerLinks();

    SqlDatabase &m_db;
    const Clock &m_clock;
};

} // namespace cc::storage
