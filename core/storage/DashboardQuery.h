// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "analytics/Dashboard.h"
#include "collections/PromiseState.h"
#include "domain/Dispute.h"
#include "services/JobControl.h"

#include <QCoreApplication>

namespace cc::storage {

/// Gathers the CFO dashboard as of a day: aging (AgingQuery) by bucket, collector and currency,
/// the KPI trend (KpiTrendQuery), the most overdue customers, the promise-kept rate and the
/// dispute cycle time by month. Amounts are converted into the base currency at the rate of
/// the as-of day; a currency without one is left out and named.
class DashboardQuery {
    Q_DECLARE_TR_FUNCTIONS(DashboardQuery)

public:
    static constexpr int TrendMonths = 12;
    static constexpr int TopOverdueCount = 10;

    /// With a `reader` (Workspace::reader), the KPI trend is read on it on a second thread while
    /// the aging is read on `db`.
    explicit DashboardQuery(SqlDatabase &db, SqlDatabase *reader = nullptr)
        : m_db(db)
        , m_reader(reader)
    {
    }

    /// `base` empty: the currency most customers owe in.
    Result<analytics::Dashboard> run(const QDate &asOf, const QString &base, const AgingBuckets &buckets,
        int kpiWindowMonths, services::JobControl &control);

    /// The promises that came due after `start` up to `end`, kept or not, with their state on `asOf`;
    /// soonest first. Behind a month of the promise-kept chart.
    Result<QList<collections::PromiseState>> promisesDue(const QDate &start, const QDate &end, const QDate &asOf);
    /// The disputes resolved after `start` up to `end`. Behind a month of the cycle-time chart.
    Result<QList<Dispute>> disputesResolved(const QDate &start, const QDate &end);

private:
    /// Promises that came due in each month of the trend, with their state on the as-of day,
    /// and the disputes resolved in each.
    Status addPromisesAndDisputes(analytics::Dashboard &dashboard);

    SqlDatabase &m_db;
    SqlDatabase *m_reader;
};

} // namespace cc::storage
