// SPDX-License-Identifier: GPL-3.0-or-later
#include "FixedClock.h"
#include "TestWorkspace.h"
#include "analytics/Kpis.h"
#include "forecast/ForecastOverviewQuery.h"
#include "services/CollectionsLog.h"
#include "services/Disputes.h"
#include "services/NoJobControl.h"
#include "storage/CustomerRepository.h"
#include "storage/DashboardQuery.h"
#include "storage/DrillDownQuery.h"
#include "storage/FxRateRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/KpiQuery.h"
#include "storage/PaymentRepository.h"

#include <gtest/gtest.h>

using namespace cc;
using namespace cc::test;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QDateTime at(const char *iso)
{
    return QDateTime(d(iso), QTime(9, 0), Qt::UTC);
}

// As of 2026-06-30, in euros (1 EUR = 2 USD from June 1st; no pound rate):
//   Alpha (anna, EUR): A1 100.00 due today (current); A2 300.00 due May 1st, 100.00 paid
//                      May 15th as promised: 200.00 in 31–60 days.
//   Beta (ben, USD):   B1 200.00 due May 31st: 100.00 EUR in 1–30 days; promised for June
//                      10th and not paid; disputed June 5th, resolved June 15th.
//   Gamma (anna, GBP): G1 50.00 overdue, left out for want of a rate.
class DashboardTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        customer("ALPHA", "Alpha GmbH", "EUR", "anna");
        customer("BETA", "Beta Inc.", "USD", "ben");
        customer("GAMMA", "Gamma Ltd", "GBP", "anna");
        invoice("A1", "ALPHA", "2026-06-01", "2026-06-30", "100.00", "EUR");
        invoice("A2", "ALPHA", "2026-04-01", "2026-05-01", "300.00", "EUR");
        invoice("B1", "BETA", "2026-05-01", "2026-05-31", "200.00", "USD");
        invoice("G1", "GAMMA", "2026-04-15", "2026-05-15", "50.00", "GBP");

        clock.set(at("2026-05-10"));
        services::CollectionsLog log(ws.db(), clock, QStringLiteral("anna"));
        ASSERT_TRUE(log.recordPromise(QStringLiteral("ALPHA"), money("100.00", "EUR"), d("2026-05-20"),
                           { QStringLiteral("A2") }, {})
                        .ok());
        ASSERT_TRUE(log.recordPromise(QStringLiteral("BETA"), money("200.00", "USD"), d("2026-06-10"), {}, {}).ok());
        pay("P1", "ALPHA", "2026-05-15", "100.00", "EUR", "A2");

        clock.set(at("2026-06-05"));
        services::Disputes disputes(ws.db(), clock, QStringLiteral("ben"));
        auto dispute = disputes.open(QStringLiteral("B1"), money("200.00", "USD"), QStringLiteral("pricing"));
        ASSERT_TRUE(dispute.ok()) << qPrintable(dispute.error().detail);
        clock.set(at("2026-06-15"));
        auto resolved = disputes.resolve(dispute->id, DisputeResolution::Kind::Rejected, Money::zero(currency("USD")),
            QStringLiteral("price as agreed"), {}, true);
        ASSERT_TRUE(resolved.ok()) << qPrintable(resolved.error().detail);

        ASSERT_TRUE(storage::FxRateRepository(ws.db())
                        .store({ FxRate(currency("EUR"), currency("USD"), 2 * FxRate::ScaleFactor, d("2026-06-01")) })
                        .ok());
        ASSERT_TRUE(storage::InvoiceRepository(ws.db()).refreshSettlement().ok());
        ASSERT_TRUE(storage::PaymentRepository(ws.db()).refreshApplication().ok());
    }

    void customer(const char *id, const char *name, const char *code, const char *collector)
    {
        Customer c;
        c.id = QString::fromLatin1(id);
        c.name = QString::fromLatin1(name);
        c.currency = currency(code);
        c.creditLimit = Money::zero(c.currency);
        c.collector = QString::fromLatin1(collector);
        ASSERT_TRUE(storage::CustomerRepository(ws.db()).save(c).ok());
    }

    void invoice(const char *number, const char *customerId, const char *issued, const char *due, const char *total,
        const char *code)
    {
        Invoice i;
        i.number = QString::fromLatin1(number);
        i.customerId = QString::fromLatin1(customerId);
        i.invoiceDate = d(issued);
        i.dueDate = d(due);
        i.total = money(total, code);
        ASSERT_TRUE(storage::InvoiceRepository(ws.db()).insert(i).ok());
    }

    void pay(const char *id, const char *customerId, const char *date, const char *amount, const char *code,
        const char *invoiceNumber)
    {
        storage::PaymentRepository payments(ws.db());
        Payment payment { QString::fromLatin1(id), QString::fromLatin1(customerId), d(date), money(amount, code), {},
            {}, {} };
        ASSERT_TRUE(payments.insert(payment).ok());
        ASSERT_TRUE(
            payments.allocate({ payment.id, {}, QString::fromLatin1(invoiceNumber), payment.amount, payment.date })
                .ok());
    }

    analytics::Dashboard run(const QString &base = QStringLiteral("EUR"))
    {
        services::NoJobControl control;
        auto dashboard = storage::DashboardQuery(ws.db()).run(d("2026-06-30"), base, AgingBuckets(), 3, control);
        EXPECT_TRUE(dashboard.ok()) << qPrintable(dashboard.error().detail);
        return dashboard.ok() ? *dashboard : analytics::Dashboard {};
    }

    TestWorkspace ws;
    FixedClock clock { at("2026-06-30") };
};

} // namespace

TEST_F(DashboardTest, AgingByBucketCollectorAndCurrencyInTheBaseAddUp)
{
    const analytics::Dashboard dashboard = run();
    EXPECT_EQ(dashboard.base, QStringLiteral("EUR"));
    EXPECT_EQ(dashboard.withoutRate, QStringList { QStringLiteral("GBP") });
    EXPECT_EQ(dashboard.aging, (QList<qint64> { 10000, 10000, 20000, 0, 0, 0 }));
    EXPECT_EQ(dashboard.agingTotal(), 40000);

    ASSERT_EQ(dashboard.byCollector.size(), 2);
    EXPECT_EQ(dashboard.byCollector[0].key, QStringLiteral("anna")) << "largest first";
    EXPECT_EQ(dashboard.byCollector[0].buckets, (QList<qint64> { 10000, 0, 20000, 0, 0, 0 }));
    EXPECT_EQ(dashboard.byCollector[1].key, QStringLiteral("ben"));
    EXPECT_EQ(dashboard.byCollector[1].buckets, (QList<qint64> { 0, 10000, 0, 0, 0, 0 }));
    ASSERT_EQ(dashboard.byCurrency.size(), 2);
    EXPECT_EQ(dashboard.byCurrency[0].key, QStringLiteral("EUR"));
    EXPECT_EQ(dashboard.byCurrency[0].total(), 30000);
    EXPECT_EQ(dashboard.byCurrency[1].key, QStringLiteral("USD"));
    EXPECT_EQ(dashboard.byCurrency[1].total(), 10000) << "200.00 USD at 2 a euro";

    ASSERT_EQ(dashboard.topOverdue.size(), 2);
    EXPECT_EQ(dashboard.topOverdue[0].name, QStringLiteral("Alpha GmbH"));
    EXPECT_EQ(dashboard.topOverdue[0].overdueMinor, 20000);
    EXPECT_EQ(dashboard.topOverdue[1].customerId, QStringLiteral("BETA"));
    EXPECT_EQ(dashboard.topOverdue[1].overdueMinor, 10000);
}

TEST_F(DashboardTest, PromisesKeptAndDisputeCycleTimeByMonth)
{
    const analytics::Dashboard dashboard = run();
    ASSERT_EQ(dashboard.promises.size(), storage::DashboardQuery::TrendMonths);
    const analytics::PromiseMonth &may = dashboard.promises[dashboard.promises.size() - 2];
    const analytics::PromiseMonth &june = dashboard.promises.last();
    EXPECT_EQ(may.end, d("2026-05-30"));
    EXPECT_EQ(may.due, 1);
    EXPECT_EQ(may.kept, 1);
    EXPECT_EQ(june.due, 1);
    EXPECT_EQ(june.kept, 0);
    EXPECT_DOUBLE_EQ(*june.keptPercent(), 0.0);
    EXPECT_FALSE(dashboard.promises.first().keptPercent().has_value()) << "no promise came due then";

    ASSERT_EQ(dashboard.disputes.size(), storage::DashboardQuery::TrendMonths);
    EXPECT_EQ(dashboard.disputes.last().resolved, 1);
    EXPECT_DOUBLE_EQ(*dashboard.disputes.last().averageCycleDays(), 10.0);
}

TEST_F(DashboardTest, TheTrendEndsWithTheKpisOfTheDayInTheBase)
{
    ASSERT_TRUE(storage::FxRateRepository(ws.db())
                    .store({ FxRate(currency("GBP"), currency("EUR"), FxRate::ScaleFactor, d("2026-06-01")) })
                    .ok());
    const analytics::Dashboard dashboard = run();
    EXPECT_TRUE(dashboard.withoutRate.isEmpty());
    ASSERT_EQ(dashboard.trend.size(), storage::DashboardQuery::TrendMonths);
    EXPECT_EQ(dashboard.trend.last().asOf, d("2026-06-30"));
    EXPECT_EQ(dashboard.trend.first().asOf, d("2025-07-30"));
    auto period = storage::KpiQuery(ws.db()).periodInBase(d("2026-06-30"), 3, currency("EUR"));
    ASSERT_TRUE(period.ok()) << qPrintable(period.error().detail);
    const analytics::Kpis expected = analytics::Kpis::of(*period);
    const analytics::Kpis &got = dashboard.trend.last().kpis;
    EXPECT_DOUBLE_EQ(*got.dso, *expected.dso);
    EXPECT_DOUBLE_EQ(*got.cei, *expected.cei);
    EXPECT_DOUBLE_EQ(*got.percentCurrent, *expected.percentCurrent);
    EXPECT_FALSE(dashboard.trend.first().kpis.dso.has_value()) << "nothing sold a year before";
}

TEST_F(DashboardTest, WithoutABaseTheCurrencyMostCustomersOweInAndABaseWithoutRatesLeavesOthersOut)
{
    customer("DELTA", "Delta Inc.", "USD", "ben");
    invoice("D1", "DELTA", "2026-06-10", "2026-07-10", "10.00", "USD");
    EXPECT_EQ(run(QString()).base, QStringLiteral("USD"));
    const analytics::Dashboard inPounds = run(QStringLiteral("GBP"));
    EXPECT_EQ(inPounds.withoutRate, (QStringList { QStringLiteral("EUR"), QStringLiteral("USD") }));
    EXPECT_EQ(inPounds.agingTotal(), 5000);
}

TEST_F(DashboardTest, EveryBarDrillsDownToTheDocumentsBehindIt)
{
    const analytics::Dashboard dashboard = run();
    const auto behind = [&](analytics::DrillDown drillDown) {
        drillDown.asOf = dashboard.asOf;
        drillDown.leftOut = dashboard.withoutRate;
        auto rows = storage::DrillDownQuery(ws.db()).run(drillDown);
        QStringList numbers;
        if (!rows.ok())
            return QStringList { rows.error().detail };
        for (const analytics::DrillDownRow &row : *rows)
            numbers << row.number;
        return numbers;
    };
    analytics::DrillDown bucket;
    std::tie(bucket.minDaysPastDue, bucket.maxDaysPastDue) = dashboard.buckets.daysPastDue(2);
    EXPECT_EQ(behind(bucket), QStringList { QStringLiteral("A2") });
    bucket.collector = QStringLiteral("ben");
    EXPECT_TRUE(behind(bucket).isEmpty());
    analytics::DrillDown anna;
    anna.collector = QStringLiteral("anna");
    EXPECT_EQ(behind(anna), (QStringList { QStringLiteral("A2"), QStringLiteral("A1") }))
        << "most overdue first; G1 in pounds is left out of the euro dashboard as it has no rate";
    analytics::DrillDown dollars;
    dollars.currency = QStringLiteral("USD");
    EXPECT_EQ(behind(dollars), QStringList { QStringLiteral("B1") });

    analytics::DrillDown early;
    early.asOf = d("2026-05-12");
    early.customerId = QStringLiteral("ALPHA");
    auto rows = storage::DrillDownQuery(ws.db()).run(early);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1) << "A1 was not yet issued";
    EXPECT_EQ(rows->first().open, money("300.00", "EUR")) << "the payment of May 15th came later";
    EXPECT_EQ(rows->first().daysPastDue, 11);
    EXPECT_EQ(rows->first().customerName, QStringLiteral("Alpha GmbH"));
}

TEST_F(DashboardTest, TheForecastAheadAndTheEarlierForecastAgainstWhatCameIn)
{
    pay("P2", "BETA", "2026-06-20", "200.00", "USD", "B1"); // open at the end of May 5th: counts, 100.00 EUR
    pay("P3", "ALPHA", "2026-06-25", "40.00", "EUR", "A1"); // issued after May 5th: does not
    ASSERT_TRUE(storage::InvoiceRepository(ws.db()).refreshSettlement().ok());
    ASSERT_TRUE(storage::PaymentRepository(ws.db()).refreshApplication().ok());
    services::NoJobControl control;
    auto overview = forecast::ForecastOverviewQuery(ws.db()).run(d("2026-06-30"), currency("EUR"), 8, control);
    ASSERT_TRUE(overview.ok()) << qPrintable(overview.error().detail);
    EXPECT_EQ(overview->withoutRate, QStringList { QStringLiteral("GBP") });
    EXPECT_EQ(overview->trackedFrom, d("2026-05-06")) << "eight weeks ending on the as-of day";
    ASSERT_EQ(overview->collected.size(), 8);
    EXPECT_EQ(overview->collected, (QList<qint64> { 0, 10000, 0, 0, 0, 0, 10000, 0 }))
        << "A2's 100.00 on May 15th (week 2), B1's 200.00 USD on June 20th (week 7)";
    ASSERT_EQ(overview->tracked.size(), 8);
    qint64 trackedTotal = 0;
    for (const forecast::ForecastWeek &week : overview->tracked) {
        EXPECT_EQ(week.expected.currency().code(), QStringLiteral("EUR"));
        EXPECT_LE(week.low, week.expected);
        EXPECT_LE(week.expected, week.high);
        trackedTotal += week.expected.minorUnits();
    }
    EXPECT_GT(trackedTotal, 0);
    EXPECT_LE(trackedTotal, 30000 + 10000 + 8) << "at most what was open then: A2 and B1 (rounding per week)";

    ASSERT_EQ(overview->ahead.size(), 8);
    EXPECT_EQ(overview->ahead.first().start, d("2026-07-01"));
    QMap<QString, qint64> expected;
    for (const forecast::ExpectedReceipt &receipt : overview->receipts) {
        EXPECT_EQ(receipt.currency, QStringLiteral("EUR"));
        EXPECT_GT(receipt.expectedOn, d("2026-06-30"));
        expected[receipt.invoiceNumber] += receipt.minor;
    }
    EXPECT_EQ(expected, (QMap<QString, qint64> { { QStringLiteral("A1"), 6000 }, { QStringLiteral("A2"), 20000 } }))
        << "B1 is paid; G1 has no rate";
}

TEST_F(DashboardTest, TheTrendReadBesideTheAgingOnASecondConnectionIsTheSame)
{
    auto reader = ws.workspace().reader();
    ASSERT_TRUE(reader.ok()) << qPrintable(reader.error().detail);
    services::NoJobControl control;
    auto beside = storage::DashboardQuery(ws.db(), *reader)
                      .run(d("2026-06-30"), QStringLiteral("EUR"), AgingBuckets(), 3, control);
    ASSERT_TRUE(beside.ok()) << qPrintable(beside.error().detail);
    const analytics::Dashboard alone = run();
    EXPECT_EQ(beside->aging, alone.aging);
    ASSERT_EQ(beside->trend.size(), alone.trend.size());
    for (int p = 0; p < alone.trend.size(); ++p) {
        EXPECT_EQ(beside->trend[p].kpis.dso, alone.trend[p].kpis.dso);
        EXPECT_EQ(beside->trend[p].kpis.cei, alone.trend[p].kpis.cei);
    }
    EXPECT_FALSE((*reader)->execute(QStringLiteral("DELETE FROM invoices")).ok()) << "the reader only reads";
}
