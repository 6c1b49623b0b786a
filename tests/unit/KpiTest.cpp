// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"
#include "analytics/Kpis.h"
#include "services/DemoGenerator.h"
#include "services/FxRateImport.h"
#include "services/NoJobControl.h"
#include "storage/CustomerRepository.h"
#include "storage/FxRateRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/KpiQuery.h"
#include "storage/KpiTrendQuery.h"
#include "storage/PaymentRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace cc;
using namespace cc::test;
using analytics::KpiPeriod;
using analytics::Kpis;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// A quarter worked by hand. As of 2026-12-31, three months: October (31 days), November (30),
// December (31), 92 days. Credit sales 300, 400, 500 = 1,200.00. Open at the end 1,000.00, of
// it 250.00 not yet due; open at the start (2026-09-30) 600.00.
class KpiTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        Customer customer;
        customer.id = QStringLiteral("C1");
        customer.name = QStringLiteral("Quarter Ltd");
        customer.currency = currency("EUR");
        customer.creditLimit = Money::zero(customer.currency);
        ASSERT_TRUE(storage::CustomerRepository(ws.db()).save(customer).ok());
        invoice("A", "2026-09-15", "2026-10-15", "600.00"); // paid in October
        invoice("B", "2026-10-10", "2026-11-09", "300.00"); // paid only after the as-of date
        invoice("C", "2026-11-10", "2026-12-10", "400.00"); // 200.00 paid in December
        invoice("D1", "2026-12-05", "2026-12-20", "250.00");
        invoice("D2", "2026-12-20", "2027-01-19", "250.00"); // not yet due
        invoice("LATER", "2027-01-02", "2027-02-01", "999.00");
        pay("P1", "2026-10-20", "600.00", "A");
        pay("P2", "2026-12-15", "200.00", "C");
        pay("P3", "2027-01-05", "300.00", "B");
        ASSERT_TRUE(storage::InvoiceRepository(ws.db()).refreshSettlement().ok());
        ASSERT_TRUE(storage::PaymentRepository(ws.db()).refreshApplication().ok());
    }

    void invoice(const char *number, const char *issued, const char *due, const char *total)
    {
        Invoice i;
        i.number = QString::fromLatin1(number);
        i.customerId = QStringLiteral("C1");
        i.invoiceDate = d(issued);
        i.dueDate = d(due);
        i.total = money(total, "EUR");
        ASSERT_TRUE(storage::InvoiceRepository(ws.db()).insert(i).ok());
    }

    void pay(const char *id, const char *date, const char *amount, const char *invoice)
    {
        storage::PaymentRepository payments(ws.db());
        Payment payment { QString::fromLatin1(id), QStringLiteral("C1"), d(date), money(amount, "EUR"), {}, {}, {} };
        ASSERT_TRUE(payments.insert(payment).ok());
        ASSERT_TRUE(
            payments.allocate({ payment.id, {}, QString::fromLatin1(invoice), payment.amount, payment.date }).ok());
    }

    TestWorkspace ws;
};

} // namespace

TEST_F(KpiTest, TheQuarterReadsAsWorkedByHandAsOfItsLastDay)
{
    auto periods = storage::KpiQuery(ws.db()).periods(d("2026-12-31"), 3);
    ASSERT_TRUE(periods.ok()) << qPrintable(periods.error().detail);
    ASSERT_TRUE(periods->contains(QStringLiteral("EUR")));
    const KpiPeriod &eur = periods->value(QStringLiteral("EUR"));
    ASSERT_EQ(eur.months.size(), 3);
    EXPECT_EQ(eur.months[0].creditSales, 50000);
    EXPECT_EQ(eur.months[1].creditSales, 40000);
    EXPECT_EQ(eur.months[2].creditSales, 30000);
    EXPECT_EQ(eur.days(), 92);
    EXPECT_EQ(eur.beginningReceivables, 60000);
    EXPECT_EQ(eur.endingReceivables, 100000) << "P3 came after the as-of date: B is still open";
    EXPECT_EQ(eur.endingCurrent, 25000);

    const Kpis kpis = Kpis::of(eur);
    EXPECT_NEAR(*kpis.dso, 1000.0 / 1200.0 * 92, 1e-9); // 76.67
    // Count-back: December's 500 takes 31 days, November's 400 another 30, and the last 100
    // is a third of October's 300: 31 / 3 days. 71.33 days.
    EXPECT_NEAR(*kpis.countBackDso, 31 + 30 + 100.0 / 300.0 * 31, 1e-9);
    EXPECT_NEAR(*kpis.bestPossibleDso, 250.0 / 1200.0 * 92, 1e-9); // 19.17
    EXPECT_NEAR(*kpis.averageDaysDelinquent, 750.0 / 1200.0 * 92, 1e-9); // 57.5
    EXPECT_NEAR(*kpis.cei, (600.0 + 1200 - 1000) / (600.0 + 1200 - 250) * 100, 1e-9); // 51.61
    EXPECT_NEAR(*kpis.percentCurrent, 25.0, 1e-9);
}

TEST(Kpis, CountBackBeyondThePeriodUsesItsAverageDailySalesAndNoSalesGiveNoRatio)
{
    KpiPeriod period;
    period.months = KpiPeriod::monthsEnding(d("2026-03-31"), 2); // March 31 days, February 28
    period.months[0].creditSales = 3100;
    period.months[1].creditSales = 0;
    period.endingReceivables = 5000;
    // 3,100 of March = 31 days; February sold nothing: its 28 days pass; 1,900 left at the
    // period's 3,100 / 59 a day.
    EXPECT_NEAR(*Kpis::countBack(period), 31 + 28 + 1900.0 / (3100.0 / 59), 1e-9);

    KpiPeriod idle;
    idle.months = KpiPeriod::monthsEnding(d("2026-03-31"), 1);
    idle.endingReceivables = 100;
    idle.endingCurrent = 100;
    const Kpis none = Kpis::of(idle);
    EXPECT_FALSE(none.dso.has_value());
    EXPECT_FALSE(none.countBackDso.has_value());
    EXPECT_NEAR(*none.percentCurrent, 100.0, 1e-9);
}

TEST_F(KpiTest, AllCurrenciesInOneBaseAtTheRatesOfTheDay)
{
    // The same quarter again in USD at twice the amounts; 1 EUR bought 2 USD at the end of it.
    Customer usd;
    usd.id = QStringLiteral("C2");
    usd.name = QStringLiteral("Dollar Inc.");
    usd.currency = currency("USD");
    usd.creditLimit = Money::zero(usd.currency);
    ASSERT_TRUE(storage::CustomerRepository(ws.db()).save(usd).ok());
    const auto dollars = [&](const char *number, const char *issued, const char *due, const char *total) {
        Invoice i;
        i.number = QString::fromLatin1(number);
        i.customerId = QStringLiteral("C2");
        i.invoiceDate = d(issued);
        i.dueDate = d(due);
        i.total = money(total, "USD");
        ASSERT_TRUE(storage::InvoiceRepository(ws.db()).insert(i).ok());
    };
    dollars("U-B", "2026-10-10", "2026-11-09", "600.00");
    dollars("U-C", "2026-11-10", "2026-12-10", "800.00");
    dollars("U-D", "2026-12-05", "2027-01-19", "1000.00");

    QTemporaryDir dir;
    QFile csv(dir.filePath(QStringLiteral("rates.csv")));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("date,base,quote,rate\n2026-12-01,EUR,USD,2.5\n2026-12-30,USD,EUR,0.5\n2027-01-02,EUR,USD,9\n");
    csv.close();
    auto imported = services::FxRateImport::fromCsv(ws.db(), csv.fileName());
    ASSERT_TRUE(imported.ok()) << qPrintable(imported.error().detail);
    EXPECT_EQ(*imported, 3);
    auto rate = storage::FxRateRepository(ws.db()).rateOn(currency("EUR"), currency("USD"), d("2026-12-31"));
    ASSERT_TRUE(rate.ok() && rate->has_value());
    EXPECT_EQ((*rate)->toDecimalString(), QStringLiteral("2.0")) << "the latest on or before the day, either way round";

    auto total = storage::KpiQuery(ws.db()).periodInBase(d("2026-12-31"), 3, currency("EUR"));
    ASSERT_TRUE(total.ok()) << qPrintable(total.error().detail);
    EXPECT_EQ(total->creditSales(), 120000 + 120000);
    EXPECT_EQ(total->endingReceivables, 100000 + 120000);
    EXPECT_EQ(total->endingCurrent, 25000 + 50000);

    auto none = storage::KpiQuery(ws.db()).periodInBase(d("2026-12-31"), 3, currency("GBP"));
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.error().detail.contains(QStringLiteral("EUR/GBP"))) << qPrintable(none.error().detail);
}

TEST(FxRateImport, ABadRowIsRefusedByItsLineAndNothingIsStored)
{
    TestWorkspace ws;
    QTemporaryDir dir;
    QFile csv(dir.filePath(QStringLiteral("rates.csv")));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("2026-12-01,EUR,USD,1.08\n2026-12-02,EUR,XXX,1.1\n");
    csv.close();
    auto imported = services::FxRateImport::fromCsv(ws.db(), csv.fileName());
    ASSERT_FALSE(imported.ok());
    EXPECT_TRUE(imported.error().detail.startsWith(QStringLiteral("line 2:"))) << qPrintable(imported.error().detail);
    auto rate = storage::FxRateRepository(ws.db()).rateOn(currency("EUR"), currency("USD"), d("2026-12-31"));
    ASSERT_TRUE(rate.ok());
    EXPECT_FALSE(rate->has_value()) << "all rows or none";
}

TEST(KpiTrend, EachMonthReadsAsTheKpisOfThatDayAlone)
{
    // A 3,000-invoice demo: partial payments, credit notes, write-offs and several currencies,
    // so every path of the grouped passes is taken.
    TestWorkspace ws;
    services::NoJobControl control;
    ASSERT_TRUE(services::DemoGenerator::generate(ws.workspace(), { 3000, 120, 7, d("2026-12-31") }, control).ok());
    constexpr int Points = 12;
    for (const char *asOf : { "2026-12-31", "2026-11-23" }) {
        auto trend = storage::KpiTrendQuery(ws.db()).run(d(asOf), Points, 3);
        ASSERT_TRUE(trend.ok()) << qPrintable(trend.error().detail);
        ASSERT_GE(trend->size(), 2);
        for (int p = 0; p < Points; ++p) {
            const QDate day = d(asOf).addMonths(p - Points + 1);
            auto alone = storage::KpiQuery(ws.db()).periods(day, 3);
            ASSERT_TRUE(alone.ok());
            for (auto it = trend->cbegin(); it != trend->cend(); ++it) {
                SCOPED_TRACE(qPrintable(QStringLiteral("%1 on %2").arg(it.key(), day.toString(Qt::ISODate))));
                const KpiPeriod expected = alone->value(it.key(), { KpiPeriod::monthsEnding(day, 3), 0, 0, 0 });
                const KpiPeriod &got = it.value()[p];
                EXPECT_EQ(got.beginningReceivables, expected.beginningReceivables);
                EXPECT_EQ(got.endingReceivables, expected.endingReceivables);
                EXPECT_EQ(got.endingCurrent, expected.endingCurrent);
                ASSERT_EQ(got.months.size(), 3);
                for (int m = 0; m < 3; ++m)
                    EXPECT_EQ(got.months[m].creditSales, expected.months[m].creditSales);
            }
        }
        EXPECT_GT(trend->value(QStringLiteral("EUR")).last().endingReceivables, 0);
    }
}
