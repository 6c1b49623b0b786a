// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bank/CsvStatementMapping.h"
#include "common/Clock.h"
#include "storage/SqlDatabase.h"

#include <QCoreApplication>

namespace cc::services {

/// The team's saved CSV statement mappings, one per bank export, by name. They are team
/// settings: saved once, every desktop reads that bank's files.
class CsvMappings {
    Q_DECLARE_TR_FUNCTIONS(CsvMappings)

public:
    static const QString Key;

    CsvMappings(storage::SqlDatabase &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    Result<QStringList> names();
    Result<bank::CsvStatementMapping> find(const QString &name);
    Status save(const QString &name, const bank::CsvStatementMapping &mapping);

private:
    storage::SqlDatabase &m_db;
    const Clock &m_clock;
};

} // namespace cc::services
