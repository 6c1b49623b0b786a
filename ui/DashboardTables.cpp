// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardTables.h"

#include "DomainText.h"

#include <QLocale>

namespace cc::ui {

using documents::ReportTable;

namespace {

ReportTable::Cell figure(const std::optional<double> &value)
{
    return value ? ReportTable::Cell(*value) : ReportTable::Cell(std::monostate {});
}

} // namespace

QString DashboardTables::subtitle(const analytics::Dashboard &dashboard)
{
    QString text = tr("As of %1, in %2 at that day's rates")
                       .arg(QLocale().toString(dashboard.asOf, QLocale::ShortFormat), dashboard.base);
    if (!dashboard.withoutRate.isEmpty())
        text += tr("; left out for want of a rate: %1").arg(dashboard.withoutRate.join(QStringLiteral(", ")));
    return text;
}

QString DashboardTables::collectorName(const QString &collector)
{
    return collector.isEmpty() ? tr("Unassigned") : collector;
}

ReportTable DashboardTables::aging(
    const analytics::Dashboard &dashboard, const QString &title, const QString &firstColumn, bool collectors)
{
    const Currency base = *Currency::fromCode(dashboard.base);
    ReportTable table { title, subtitle(dashboard), { { firstColumn, ReportTable::Kind::Text } }, {} };
    for (int b = 0; b < dashboard.buckets.count(); ++b)
        table.columns.append({ DomainText::agingBucket(dashboard.buckets, b), ReportTable::Kind::Amount });
    table.columns.append({ tr("Total"), ReportTable::Kind::Amount });
    for (const analytics::AgingSeries &series : collectors ? dashboard.byCollector : dashboard.byCurrency) {
        QList<ReportTable::Cell> row { collectors ? collectorName(series.key) : series.key };
        for (qint64 minor : series.buckets)
            row.append(Money(minor, base));
        row.append(Money(series.total(), base));
        table.rows.append(row);
    }
    return table;
}

ReportTable DashboardTables::agingByBucket(const analytics::Dashboard &dashboard)
{
    const Currency base = *Currency::fromCode(dashboard.base);
    ReportTable table { tr("Aging"), subtitle(dashboard),
        { { tr("Bucket"), ReportTable::Kind::Text }, { tr("Open"), ReportTable::Kind::Amount },
            { tr("Share %"), ReportTable::Kind::Number, 1 } },
        {} };
    const qint64 total = dashboard.agingTotal();
    for (int b = 0; b < dashboard.buckets.count(); ++b)
        table.rows.append({ DomainText::agingBucket(dashboard.buckets, b), Money(dashboard.aging[b], base),
            figure(total != 0 ? std::optional<double>(100.0 * dashboard.aging[b] / total) : std::nullopt) });
    table.rows.append({ tr("Unapplied cash"), Money(dashboard.unapplied, base), std::monostate {} });
    return table;
}

ReportTable DashboardTables::agingByCollector(const analytics::Dashboard &dashboard)
{
    return aging(dashboard, tr("Aging by collector"), tr("Collector"), true);
}

ReportTable DashboardTables::agingByCurrency(const analytics::Dashboard &dashboard)
{
    return aging(dashboard, tr("Aging by currency"), tr("Currency"), false);
}

ReportTable DashboardTables::kpiTrend(const analytics::Dashboard &dashboard)
{
    ReportTable table { tr("KPIs by month (each over %n month(s))", nullptr, dashboard.kpiWindowMonths),
        subtitle(dashboard),
        { { tr("As of"), ReportTable::Kind::Date }, { tr("DSO"), ReportTable::Kind::Number, 1 },
            { tr("Count-back DSO"), ReportTable::Kind::Number, 1 },
            { tr("Best possible DSO"), ReportTable::Kind::Number, 1 },
            { tr("Avg. days delinquent"), ReportTable::Kind::Number, 1 }, { tr("CEI %"), ReportTable::Kind::Number, 1 },
            { tr("Current %"), ReportTable::Kind::Number, 1 } },
        {} };
    for (const analytics::KpiPoint &point : dashboard.trend)
        table.rows.append(
            { point.asOf, figure(point.kpis.dso), figure(point.kpis.countBackDso), figure(point.kpis.bestPossibleDso),
                figure(point.kpis.averageDaysDelinquent), figure(point.kpis.cei), figure(point.kpis.percentCurrent) });
    return table;
}

ReportTable DashboardTables::topOverdue(const analytics::Dashboard &dashboard)
{
    const Currency base = *Currency::fromCode(dashboard.base);
    ReportTable table { tr("Most overdue customers"), subtitle(dashboard),
        { { tr("Customer"), ReportTable::Kind::Text }, { tr("Name"), ReportTable::Kind::Text },
            { tr("Overdue"), ReportTable::Kind::Amount } },
        {} };
    for (const analytics::OverdueAccount &account : dashboard.topOverdue)
        table.rows.append({ account.customerId, account.name, Money(account.overdueMinor, base) });
    return table;
}

ReportTable DashboardTables::promisesAndDisputes(const analytics::Dashboard &dashboard)
{
    ReportTable table { tr("Promises kept and dispute cycle time"), subtitle(dashboard),
        { { tr("Month to"), ReportTable::Kind::Date }, { tr("Promises due"), ReportTable::Kind::Number, 0 },
            { tr("Kept"), ReportTable::Kind::Number, 0 }, { tr("Kept %"), ReportTable::Kind::Number, 1 },
            { tr("Disputes resolved"), ReportTable::Kind::Number, 0 },
            { tr("Avg. cycle days"), ReportTable::Kind::Number, 1 } },
        {} };
    for (int m = 0; m < dashboard.promises.size(); ++m) {
        const analytics::PromiseMonth &promises = dashboard.promises[m];
        const analytics::DisputeMonth &disputes = dashboard.disputes[m];
        table.rows.append({ promises.end, double(promises.due), double(promises.kept), figure(promises.keptPercent()),
            double(disputes.resolved), figure(disputes.averageCycleDays()) });
    }
    return table;
}

ReportTable DashboardTables::drillDown(
    const QString &title, const QDate &asOf, const QList<analytics::DrillDownRow> &rows)
{
    ReportTable table { title, tr("Open on %1").arg(QLocale().toString(asOf, QLocale::ShortFormat)),
        { { tr("Invoice"), ReportTable::Kind::Text }, { tr("Customer"), ReportTable::Kind::Text },
            { tr("Name"), ReportTable::Kind::Text }, { tr("Collector"), ReportTable::Kind::Text },
            { tr("Issued"), ReportTable::Kind::Date }, { tr("Due"), ReportTable::Kind::Date },
            { tr("Days past due"), ReportTable::Kind::Number, 0 }, { tr("Open"), ReportTable::Kind::Amount } },
        {} };
    for (const analytics::DrillDownRow &row : rows)
        table.rows.append({ row.number, row.customerId, row.customerName, collectorName(row.collector), row.invoiceDate,
            row.dueDate, double(row.daysPastDue), row.open });
    return table;
}

ReportTable DashboardTables::promisesDue(const QString &title, const QList<collections::PromiseState> &promises)
{
    ReportTable table { title, tr("Promises to pay that came due, and how they ended"),
        { { tr("Invoices"), ReportTable::Kind::Text }, { tr("Customer"), ReportTable::Kind::Text },
            { tr("Made on"), ReportTable::Kind::Date }, { tr("Promised for"), ReportTable::Kind::Date },
            { tr("Promised"), ReportTable::Kind::Amount }, { tr("Paid by then"), ReportTable::Kind::Amount },
            { tr("Outcome"), ReportTable::Kind::Text } },
        {} };
    for (const collections::PromiseState &state : promises)
        table.rows.append(
            { state.promise.invoiceNumbers.join(QStringLiteral(", ")), state.promise.customerId, state.promise.madeOn,
                state.promise.promisedFor, state.promise.amount, state.paid, DomainText::promiseStatus(state.status) });
    return table;
}

ReportTable DashboardTables::disputesResolved(const QString &title, const QList<Dispute> &disputes)
{
    ReportTable table { title, tr("Disputes resolved, and how long each took"),
        { { tr("Invoice"), ReportTable::Kind::Text }, { tr("Customer"), ReportTable::Kind::Text },
            { tr("Reason"), ReportTable::Kind::Text }, { tr("Opened"), ReportTable::Kind::Date },
            { tr("Resolved"), ReportTable::Kind::Date }, { tr("Days"), ReportTable::Kind::Number, 0 },
            { tr("Resolution"), ReportTable::Kind::Text }, { tr("Disputed"), ReportTable::Kind::Amount } },
        {} };
    for (const Dispute &dispute : disputes)
        table.rows.append({ dispute.invoiceNumber, dispute.customerId, DomainText::disputeReason(dispute.reason),
            dispute.openedOn, dispute.resolvedOn, double(dispute.openedOn.daysTo(dispute.resolvedOn)),
            dispute.resolution ? DomainText::disputeResolution(dispute.resolution->kind) : QString(), dispute.amount });
    return table;
}

ReportTable DashboardTables::forecastWeeks(const forecast::ForecastOverview &overview)
{
    ReportTable table { tr("Cash forecast"),
        tr("From %1, in %2 at the rates of %3")
            .arg(QLocale().toString(overview.asOf.addDays(1), QLocale::ShortFormat), overview.base,
                QLocale().toString(overview.asOf, QLocale::ShortFormat)),
        { { tr("Week from"), ReportTable::Kind::Date }, { tr("to"), ReportTable::Kind::Date },
            { tr("Expected"), ReportTable::Kind::Amount }, { tr("Low (80 %)"), ReportTable::Kind::Amount },
            { tr("High (80 %)"), ReportTable::Kind::Amount } },
        {} };
    for (const forecast::ForecastWeek &week : overview.ahead)
        table.rows.append({ week.start, week.end, week.expected, week.low, week.high });
    return table;
}

ReportTable DashboardTables::forecastTracking(const forecast::ForecastOverview &overview)
{
    const Currency base = *Currency::fromCode(overview.base);
    ReportTable table { tr("Forecast against actual"),
        tr("Forecast made on %1 for the invoices open then, against what they brought in, in %2")
            .arg(QLocale().toString(overview.trackedFrom, QLocale::ShortFormat), overview.base),
        { { tr("Week from"), ReportTable::Kind::Date }, { tr("to"), ReportTable::Kind::Date },
            { tr("Forecast"), ReportTable::Kind::Amount }, { tr("Low (80 %)"), ReportTable::Kind::Amount },
            { tr("High (80 %)"), ReportTable::Kind::Amount }, { tr("Collected"), ReportTable::Kind::Amount },
            { tr("Collected − forecast"), ReportTable::Kind::Amount } },
        {} };
    for (int week = 0; week < overview.tracked.size(); ++week) {
        const forecast::ForecastWeek &forecast = overview.tracked[week];
        const Money collected(overview.collected.value(week), base);
        table.rows.append({ forecast.start, forecast.end, forecast.expected, forecast.low, forecast.high, collected,
            collected - forecast.expected });
    }
    return table;
}

ReportTable DashboardTables::receiptsOfWeek(const forecast::ForecastOverview &overview, int week)
{
    const forecast::ForecastWeek &range = overview.ahead[week];
    const Currency base = *Currency::fromCode(overview.base);
    ReportTable table { tr("Expected %1 – %2")
                            .arg(QLocale().toString(range.start, QLocale::ShortFormat),
                                QLocale().toString(range.end, QLocale::ShortFormat)),
        tr("Receipts most likely in the week, in %1").arg(overview.base),
        { { tr("Invoice"), ReportTable::Kind::Text }, { tr("Customer"), ReportTable::Kind::Text },
            { tr("Expected on"), ReportTable::Kind::Date }, { tr("Give or take (days)"), ReportTable::Kind::Number, 0 },
            { tr("Because of"), ReportTable::Kind::Text }, { tr("Amount"), ReportTable::Kind::Amount } },
        {} };
    QList<forecast::ExpectedReceipt> inWeek;
    for (const forecast::ExpectedReceipt &receipt : overview.receipts) {
        if (receipt.expectedOn >= range.start && receipt.expectedOn <= range.end)
            inWeek.append(receipt);
    }
    std::sort(inWeek.begin(), inWeek.end(), [](const auto &a, const auto &b) { return a.expectedOn < b.expectedOn; });
    for (const forecast::ExpectedReceipt &receipt : inWeek) {
        const QString basis = receipt.basis == forecast::ExpectedReceipt::Basis::Promise ? tr("promise to pay")
            : receipt.basis == forecast::ExpectedReceipt::Basis::Dispute                 ? tr("dispute")
                                                                                         : tr("payment history");
        table.rows.append({ receipt.invoiceNumber, receipt.customerId, receipt.expectedOn, receipt.spreadDays, basis,
            Money(receipt.minor, base) });
    }
    return table;
}

} // namespace cc::ui
