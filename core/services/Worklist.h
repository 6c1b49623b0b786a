// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/WorklistEntry.h"
#include "collections/WorklistStrategy.h"
#include "storage/SqlDatabase.h"

namespace cc::services {

/// A collector's ranked worklist for a day, by the team's strategy kept in the workspace.
class Worklist {
public:
    explicit Worklist(storage::SqlDatabase &db)
        : m_db(db)
    {
    }

    Result<QList<collections::WorklistEntry>> build(const QString &collector, const QDate &day);
    Result<QList<collections::WorklistEntry>> build(
        const QString &collector, const QDate &day, const collections::WorklistStrategy &strategy);
    /// The strategy saved in the workspace, or the default one.
    Result<collections::WorklistStrategy> strategy();
    Status saveStrategy(const collections::WorklistStrategy &strategy);

private:
    storage::SqlDatabase &m_db;
};

} // namespace cc::services
