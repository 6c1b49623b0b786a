// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "analytics/KpiPeriod.h"

#include <QMap>

namespace cc::storage {

/// Reads what the KPIs need, per currency, as things stood on each date: credit sales by month
/// and the receivables open (in all, and not yet due) at the start and end of the period. Open
/// at a date means an invoice issued by then, less only the allocations dated by then, as aging
/// counts it; unused credit (credit notes, unapplied cash) is not a negative receivable.
class KpiQuery {
public:
    explicit KpiQuery(SqlDatabase &db)
        : m_db(db)
    {
    }

    /// Per currency code, the `months` calendar months ending on `asOf`.
    Result<QMap<QString, analytics::KpiPeriod>> periods(const QDate &asOf, int months);
    /// Credit sales (invoices less credit notes) by currency code and day, after `after` up to `upTo`.
    static Result<QMap<QString, QList<std::pair<QDate, qint64>>>> dailySales(
        SqlDatabase &db, const QDate &after, const QDate &upTo);
    /// All currencies together in `base`, each amount converted at the workspace's rate on `asOf`
    /// (FxRateRepository); refused naming the pair that has no rate.
    Result<analytics::KpiPeriod> periodInBase(const QDate &asOf, int months, const Currency &base);

private:
    struct Open {
        qint64 total = 0;
        qint64 current = 0;
    };
    Result<QMap<QString, Open>> openAt(const QDate &day);

    SqlDatabase &m_db;
};

} // namespace cc::storage
