// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "analytics/DrillDown.h"

namespace cc::storage {

/// The documents behind a dashboard element, most overdue first: open on the day as aging
/// counts them (issued by then, less the allocations dated by then).
class DrillDownQuery {
public:
    /// More than this many are cut off; the caller says so.
    static constexpr int MaxRows = 10'000;

    explicit DrillDownQuery(SqlDatabase &db)
        : m_db(db)
    {
    }

    /// At most MaxRows + 1 rows, so the caller sees there were more.
    Result<QList<analytics::DrillDownRow>> run(const analytics::DrillDown &drillDown);

private:
    SqlDatabase &m_db;
};

} // namespace cc::storage
