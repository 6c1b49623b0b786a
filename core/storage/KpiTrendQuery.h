// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "analytics/KpiPeriod.h"

#include <QMap>

namespace cc::storage {

/// The KPI periods of a trend: for each of `points` as-of dates a month apart, ending on the
/// given one, the `windowMonths` months before it, per currency — the same figures KpiQuery
/// gives for each date alone, read in two grouped passes instead of two per date. Invoices are
/// grouped by the boundary interval they were issued, settled and fall due in, and the
/// allocations that left them partly paid by the interval they were made in; what was open on
/// each date follows from those groups without touching any invoice twice.
class KpiTrendQuery {
public:
    explicit KpiTrendQuery(SqlDatabase &db)
        : m_db(db)
    {
    }

    /// Per currency code, the periods oldest first; point p ends on asOf.addMonths(p - points + 1).
    Result<QMap<QString, QList<analytics::KpiPeriod>>> run(const QDate &asOf, int points, int windowMonths);

private:
    SqlDatabase &m_db;
};

} // namespace cc::storage
