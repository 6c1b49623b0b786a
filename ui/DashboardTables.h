// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/Dashboard.h"
#include "analytics/DrillDown.h"
#include "collections/PromiseState.h"
#include "documents/ReportTable.h"
#include "domain/Dispute.h"
#include "forecast/ForecastOverview.h"

#include <QCoreApplication>

namespace cc::ui {

/// The tables behind the dashboard's charts and drill-downs, translated, as they are shown and exported.
class DashboardTables {
    Q_DECLARE_TR_FUNCTIONS(cc::ui::DashboardTables)

public:
    static documents::ReportTable agingByBucket(const analytics::Dashboard &dashboard);
    static documents::ReportTable agingByCollector(const analytics::Dashboard &dashboard);
    static documents::ReportTable agingByCurrency(const analytics::Dashboard &dashboard);
    static documents::ReportTable kpiTrend(const analytics::Dashboard &dashboard);
    static documents::ReportTable topOverdue(const analytics::Dashboard &dashboard);
    static documents::ReportTable promisesAndDisputes(const analytics::Dashboard &dashboard);
    static documents::ReportTable drillDown(
        const QString &title, const QDate &asOf, const QList<analytics::DrillDownRow> &rows);
    static documents::ReportTable promisesDue(const QString &title, const QList<collections::PromiseState> &promises);
    static documents::ReportTable disputesResolved(const QString &title, const QList<Dispute> &disputes);
    static documents::ReportTable forecastWeeks(const forecast::ForecastOverview &overview);
    static documents::ReportTable forecastTracking(const forecast::ForecastOverview &overview);
    /// The receipts expected in week `week` of the forecast ahead, soonest first.
    static documents::ReportTable receiptsOfWeek(const forecast::ForecastOverview &overview, int week);

    /// "As of 23/11/2026, in EUR at that day's rates; left out for want of a rate: GBP".
    static QString subtitle(const analytics::Dashboard &dashboard);
    /// A collector's name as the charts show it; "Unassigned" for none.
    static QString collectorName(const QString &collector);

private:
    static documents::ReportTable aging(
        const analytics::Dashboard &dashboard, const QString &title, const QString &firstColumn, bool collectors);
};

} // namespace cc::ui
