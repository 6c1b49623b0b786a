// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/WorklistEntry.h"
#include "collections/WorklistStrategy.h"
#include "common/Clock.h"
#include "storage/SqlDatabase.h"

namespace cc::services {

/// A collector's ranked worklist for a day, by the team's strategy (a team setting, synced).
class Worklist {
public:
    Worklist(storage::SqlDatabase &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    Result<QList<collections::WorklistEntry>> build(const QString &collector, const QDate &day);
    Result<QList<collections::WorklistEntry>> build(
        const QString &collector, const QDate &day, const collections::WorklistStrategy &strategy);
    /// The team's strategy, or the default one.
    Result<collections::WorklistStrategy> strategy();
    Status saveStrategy(const collections::WorklistStrategy &strategy);

private:
    storage::SqlDatabase &m_db;
    const Clock &m_clock;
};

} // namespace cc::services
