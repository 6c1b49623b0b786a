// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardQuery.h"

#include "AgingQuery.h"
#include "BaseConversion.h"
#include "DisputeRepository.h"
#include "KpiTrendQuery.h"
#include "PromiseRepository.h"

#include <QHash>
#include <algorithm>
#include <future>

namespace cc::storage {

namespace {

struct CustomerFacts {
    QString name;
    QString collector;
};

Result<QHash<QString, CustomerFacts>> customerFacts(SqlDatabase &db)
{
    QHash<QString, CustomerFacts> customers;
    auto rows = db.prepare(QStringLiteral("SELECT id, name, collector FROM customers"));
    if (!rows)
        return rows.error();
    if (auto read = rows->forEachRow([&]() -> Status {
            customers.insert(rows->text(0), { rows->text(1), rows->text(2) });
            return success();
        });
        !read)
        return read.error();
    return customers;
}

QList<analytics::AgingSeries> largestFirst(const QMap<QString, QList<qint64>> &series)
{
    QList<analytics::AgingSeries> list;
    for (auto it = series.cbegin(); it != series.cend(); ++it)
        list.append({ it.key(), it.value() });
    std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.total() > b.total(); });
    return list;
}

} // namespace

Result<analytics::Dashboard> DashboardQuery::run(const QDate &asOf, const QString &base, const AgingBuckets &buckets,
    int kpiWindowMonths, services::JobControl &control)
{
    constexpr int Steps = 5;
    const auto cancelled = [&] { return makeError(ErrorCode::Cancelled, tr("The dashboard was cancelled.")); };
    analytics::Dashboard dashboard;
    dashboard.asOf = asOf;
    dashboard.buckets = buckets;
    dashboard.kpiWindowMonths = kpiWindowMonths;
    dashboard.aging = QList<qint64>(buckets.count(), 0);

    control.setProgress(0, Steps);
    const auto readTrend = [asOf, kpiWindowMonths](
                               SqlDatabase &db) { return KpiTrendQuery(db).run(asOf, TrendMonths, kpiWindowMonths); };
    std::future<Result<QMap<QString, QList<analytics::KpiPeriod>>>> trendBeside;
    if (m_reader)
        trendBeside = std::async(std::launch::async, readTrend, std::ref(*m_reader));
    // While the reader reads the trend, this connection reads everything else.
    auto aging = AgingQuery(m_db).run(asOf, buckets);
    control.setProgress(1, Steps);
    auto customers = customerFacts(m_db);
    const Status promises = addPromisesAndDisputes(dashboard);
    control.setProgress(2, Steps);
    auto trend = m_reader ? trendBeside.get() : readTrend(m_db);
    if (!aging || !customers || !promises || !trend)
        return !aging ? aging.error() : !customers ? customers.error() : !promises ? promises.error() : trend.error();
    if (control.isCanceled())
        return cancelled();
    control.setProgress(3, Steps);

    // The base: as asked, else the currency most customers owe in.
    dashboard.base = base;
    if (dashboard.base.isEmpty()) {
        QMap<QString, int> customersOwing;
        for (const AgingRow &row : aging->rows)
            ++customersOwing[row.currency().code()];
        const auto most = std::max_element(customersOwing.cbegin(), customersOwing.cend());
        dashboard.base = most == customersOwing.cend() ? QStringLiteral("EUR") : most.key();
    }
    auto baseCurrency = Currency::fromCode(dashboard.base);
    if (!baseCurrency)
        return baseCurrency.error();
    QStringList currencies = trend->keys();
    for (const AgingRow &row : aging->totals)
        currencies << row.currency().code();
    auto conversion = BaseConversion::on(m_db, currencies, *baseCurrency, asOf);
    if (!conversion)
        return conversion.error();
    const BaseConversion &convert = *conversion;
    dashboard.withoutRate = convert.withoutRate();

    // Sums per collector, currency and bucket in their own currency, converted once each: every
    // view of the aging then adds up to the same total to the cent.
    QMap<QPair<QString, QString>, QList<qint64>> cells;
    QMap<QString, qint64> unapplied;
    QHash<QString, QMap<QString, qint64>> overdue; // customer → currency → overdue
    for (const AgingRow &row : aging->rows) {
        const QString code = row.currency().code();
        if (!convert.converts(code))
            continue;
        QList<qint64> &cell = cells[{ customers->value(row.customerId).collector, code }];
        cell.resize(buckets.count());
        for (int b = 0; b < buckets.count(); ++b) {
            cell[b] += row.buckets[b].minorUnits();
            if (b > 0)
                overdue[row.customerId][code] += row.buckets[b].minorUnits();
        }
        unapplied[code] += row.unapplied.minorUnits();
    }
    QMap<QString, QList<qint64>> byCollector;
    QMap<QString, QList<qint64>> byCurrency;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        const auto &[collector, code] = it.key();
        QList<qint64> &collectorRow = byCollector[collector];
        QList<qint64> &currencyRow = byCurrency[code];
        collectorRow.resize(buckets.count());
        currencyRow.resize(buckets.count());
        for (int b = 0; b < buckets.count(); ++b) {
            auto minor = convert(code, it.value()[b]);
            if (!minor)
                return minor.error();
            dashboard.aging[b] += *minor;
            collectorRow[b] += *minor;
            currencyRow[b] += *minor;
        }
    }
    dashboard.byCollector = largestFirst(byCollector);
    dashboard.byCurrency = largestFirst(byCurrency);
    for (auto it = unapplied.cbegin(); it != unapplied.cend(); ++it) {
        auto minor = convert(it.key(), it.value());
        if (!minor)
            return minor.error();
        dashboard.unapplied += *minor;
    }

    for (auto it = overdue.cbegin(); it != overdue.cend(); ++it) {
        analytics::OverdueAccount account { it.key(), customers->value(it.key()).name, 0 };
        for (auto amount = it->cbegin(); amount != it->cend(); ++amount) {
            auto minor = convert(amount.key(), amount.value());
            if (!minor)
                return minor.error();
            account.overdueMinor += *minor;
        }
        if (account.overdueMinor > 0)
            dashboard.topOverdue.append(account);
    }
    std::sort(dashboard.topOverdue.begin(), dashboard.topOverdue.end(), [](const auto &a, const auto &b) {
        return a.overdueMinor != b.overdueMinor ? a.overdueMinor > b.overdueMinor : a.customerId < b.customerId;
    });
    if (dashboard.topOverdue.size() > TopOverdueCount)
        dashboard.topOverdue.resize(TopOverdueCount);
    control.setProgress(4, Steps);

    // The trend in the base: each currency's figures converted, then the KPIs of the sums.
    for (int p = 0; p < TrendMonths; ++p) {
        const QDate pointAsOf = asOf.addMonths(p - TrendMonths + 1);
        analytics::KpiPeriod total { analytics::KpiPeriod::monthsEnding(pointAsOf, kpiWindowMonths), 0, 0, 0 };
        for (auto it = trend->cbegin(); it != trend->cend(); ++it) {
            if (!convert.converts(it.key()))
                continue;
            const analytics::KpiPeriod &period = it.value()[p];
            for (int m = 0; m < kpiWindowMonths; ++m) {
                auto sales = convert(it.key(), period.months[m].creditSales);
                if (!sales)
                    return sales.error();
                total.months[m].creditSales += *sales;
            }
            for (auto [from, to] : { std::pair { period.beginningReceivables, &total.beginningReceivables },
                     std::pair { period.endingReceivables, &total.endingReceivables },
                     std::pair { period.endingCurrent, &total.endingCurrent } }) {
                auto converted = convert(it.key(), from);
                if (!converted)
                    return converted.error();
                *to += *converted;
            }
        }
        dashboard.trend.append({ pointAsOf, analytics::Kpis::of(total) });
    }
    control.setProgress(Steps, Steps);
    return dashboard;
}

Result<QList<collections::PromiseState>> DashboardQuery::promisesDue(
    const QDate &start, const QDate &end, const QDate &asOf)
{
    auto relevant = PromiseRepository(m_db).relevantOn(asOf, int(start.daysTo(asOf)));
    if (!relevant)
        return relevant.error();
    QList<collections::PromiseState> due;
    for (const auto &ofCustomer : *relevant) {
        for (const collections::PromiseState &state : ofCustomer) {
            if (state.promise.promisedFor > start && state.promise.promisedFor <= end
                && state.status != collections::PromiseStatus::Open
                && state.status != collections::PromiseStatus::Cancelled)
                due.append(state);
        }
    }
    std::sort(due.begin(), due.end(),
        [](const auto &a, const auto &b) { return a.promise.promisedFor < b.promise.promisedFor; });
    return due;
}

Result<QList<Dispute>> DashboardQuery::disputesResolved(const QDate &start, const QDate &end)
{
    auto all = DisputeRepository(m_db).list(true);
    if (!all)
        return all.error();
    QList<Dispute> resolved;
    for (const Dispute &dispute : *all) {
        if (dispute.status == Dispute::Status::Resolved && dispute.resolvedOn > start && dispute.resolvedOn <= end)
            resolved.append(dispute);
    }
    return resolved;
}

Status DashboardQuery::addPromisesAndDisputes(analytics::Dashboard &dashboard)
{
    QList<analytics::KpiPeriod::Month> months = analytics::KpiPeriod::monthsEnding(dashboard.asOf, TrendMonths);
    std::reverse(months.begin(), months.end());
    for (const auto &month : months) {
        dashboard.promises.append({ month.start, month.end, 0, 0 });
        dashboard.disputes.append({ month.start, month.end, 0, 0 });
    }
    const auto monthOf = [&](const QDate &day) {
        for (int m = 0; m < months.size(); ++m) {
            if (day > months[m].start && day <= months[m].end)
                return m;
        }
        return -1;
    };
    auto promises = promisesDue(months.first().start, dashboard.asOf, dashboard.asOf);
    auto disputes = disputesResolved(months.first().start, dashboard.asOf);
    if (!promises || !disputes)
        return !promises ? promises.error() : disputes.error();
    for (const collections::PromiseState &state : *promises) {
        analytics::PromiseMonth &month = dashboard.promises[monthOf(state.promise.promisedFor)];
        ++month.due;
        if (state.status == collections::PromiseStatus::Kept)
            ++month.kept;
    }
    for (const Dispute &dispute : *disputes) {
        analytics::DisputeMonth &month = dashboard.disputes[monthOf(dispute.resolvedOn)];
        ++month.resolved;
        month.cycleDays += dispute.openedOn.daysTo(dispute.resolvedOn);
    }
    return success();
}

} // namespace cc::storage
