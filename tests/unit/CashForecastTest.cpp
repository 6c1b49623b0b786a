// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/CashForecast.h"
#include "FixedClock.h"
#include "TestWorkspace.h"
#include "forecast/CashForecasting.h"
#include "forecast/PaymentPredictor.h"
#include "services/CollectionsLog.h"
#include "services/Disputes.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"

#include <gtest/gtest.h>

using namespace cc;
using namespace cc::test;
using forecast::ExpectedReceipt;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// Steady Ltd always pays ten days after the due date. On 2026-11-30 it owes O1 (due 12-05),
// O2 (due 12-01, 30.00 of it promised for 12-03) and O3 (due 11-20, 40.00 disputed as damaged
// on 11-25, so answered by 12-09).
class CashForecastTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        Customer customer;
        customer.id = QStringLiteral("STEADY");
        customer.name = QStringLiteral("Steady Ltd");
        customer.currency = currency("EUR");
        customer.creditLimit = Money::zero(customer.currency);
        ASSERT_TRUE(storage::CustomerRepository(ws.db()).save(customer).ok());
        invoice("H1", "2026-09-01", "100.00", "2026-09-11");
        invoice("H2", "2026-10-01", "100.00", "2026-10-11");
        invoice("O1", "2026-12-05", "100.00");
        invoice("O2", "2026-12-01", "50.00");
        invoice("O3", "2026-11-20", "40.00");
        ASSERT_TRUE(storage::InvoiceRepository(ws.db()).refreshSettlement().ok());
        clock.set(QDateTime(d("2026-11-25"), QTime(9, 0), Qt::UTC));
        ASSERT_TRUE(services::Disputes(ws.db(), clock, QStringLiteral("anna"))
                        .open(QStringLiteral("O3"), money("40.00", "EUR"), QStringLiteral("damaged"))
                        .ok());
        clock.set(QDateTime(d("2026-11-30"), QTime(9, 0), Qt::UTC));
        ASSERT_TRUE(services::CollectionsLog(ws.db(), clock, QStringLiteral("anna"))
                        .recordPromise(QStringLiteral("STEADY"), money("30.00", "EUR"), d("2026-12-03"),
                            { QStringLiteral("O2") }, {})
                        .ok());
    }

    void invoice(const char *number, const char *due, const char *total, const char *settled = nullptr)
    {
        Invoice i;
        i.number = QString::fromLatin1(number);
        i.customerId = QStringLiteral("STEADY");
        i.dueDate = d(due);
        i.invoiceDate = i.dueDate.addDays(-30);
        i.total = money(total, "EUR");
        ASSERT_TRUE(storage::InvoiceRepository(ws.db()).insert(i).ok());
        if (settled) {
            storage::PaymentRepository payments(ws.db());
            Payment payment { QStringLiteral("P-") + i.number, i.customerId, d(settled), i.total, {}, {}, {} };
            ASSERT_TRUE(payments.insert(payment).ok());
            ASSERT_TRUE(payments.allocate({ payment.id, {}, i.number, i.total, payment.date }).ok());
        }
    }

    TestWorkspace ws;
    FixedClock clock { QDateTime(d("2026-11-30"), QTime(9, 0), Qt::UTC) };
};

} // namespace

TEST_F(CashForecastTest, OpenInvoicesComeWhenTheCustomerPaysPromisesOnTheirDayAndDisputesAfterTheirServiceLevel)
{
    auto receipts = forecast::CashForecasting(ws.db()).receipts(d("2026-12-01"));
    ASSERT_TRUE(receipts.ok()) << qPrintable(receipts.error().detail);
    QStringList seen;
    for (const ExpectedReceipt &r : *receipts)
        seen << QStringLiteral("%1 %2 %3")
                    .arg(r.expectedOn.toString(Qt::ISODate))
                    .arg(r.minor)
                    .arg(r.spreadDays, 0, 'f', 1);
    // O3 (due 11-20): the 40.00 disputed waits for 12-09, spread a week. O2: 30.00 promised for
    // 12-03, the other 20.00 ten days after its due date. O1: ten days after 12-05.
    EXPECT_EQ(seen,
        (QStringList { QStringLiteral("2026-12-09 4000 7.0"), QStringLiteral("2026-12-03 3000 2.0"),
            QStringLiteral("2026-12-11 2000 0.0"), QStringLiteral("2026-12-15 10000 0.0") }));

    const auto weeks = forecast::CashForecasting(ws.db()).weekly(d("2026-12-01"), 13);
    ASSERT_TRUE(weeks.ok());
    const QList<forecast::ForecastWeek> eur = weeks->value(QStringLiteral("EUR"));
    ASSERT_EQ(eur.size(), 13);
    EXPECT_EQ(eur[0].start, d("2026-12-01"));
    EXPECT_EQ(eur[0].end, d("2026-12-07"));
    qint64 total = 0;
    for (const forecast::ForecastWeek &week : eur) {
        total += week.expected.minorUnits();
        EXPECT_LE(week.low, week.expected);
        EXPECT_GE(week.high, week.expected);
    }
    EXPECT_NEAR(double(total), 19000.0, 2.0) << "all of it within 13 weeks, to rounding";
    EXPECT_GE(eur[2].expected, money("100.00", "EUR")) << "O1 on 12-15";
}

TEST(CashForecast, ASureReceiptHasNoBandAndAnUncertainOneSpreadsOverWeeks)
{
    const QDate from = d("2026-12-01");
    const auto sure = forecast::CashForecast::weekly(
        { { QStringLiteral("EUR"), 5000, d("2026-12-10"), 0, QStringLiteral("I1"), QStringLiteral("C1") } }, from, 3);
    const auto &eur = sure.value(QStringLiteral("EUR"));
    EXPECT_EQ(eur[1].expected, money("50.00", "EUR"));
    EXPECT_EQ(eur[1].low, eur[1].high);
    EXPECT_TRUE(eur[0].expected.isZero());

    const ExpectedReceipt unsure { QStringLiteral("EUR"), 10000, d("2026-12-11"), 5, QStringLiteral("I2"),
        QStringLiteral("C1") };
    double mass = 0;
    for (int week = 0; week < 10; ++week)
        mass += forecast::CashForecast::chanceWithin(unsure, from.addDays(7 * week), from.addDays(7 * week + 6), from);
    EXPECT_NEAR(mass, 1.0, 1e-9) << "nothing before the first day, all of it somewhere";
    const auto spread = forecast::CashForecast::weekly({ unsure }, from, 3).value(QStringLiteral("EUR"));
    EXPECT_LT(spread[1].low, spread[1].expected);
    EXPECT_GT(spread[1].high, spread[1].expected);
}

TEST(CashForecast, TheWeeklyChancesAreTheChancesOfEachWeek)
{
    const QDate from = d("2026-12-01");
    for (const auto &[expected, spread] : std::initializer_list<std::pair<const char *, double>> {
             { "2026-12-10", 0.0 }, { "2026-11-20", 0.2 }, { "2027-06-01", 0.0 }, { "2026-12-11", 5.0 },
             { "2026-11-01", 3.0 }, { "2027-02-20", 12.5 }, { "2026-12-01", 40.0 } }) {
        const ExpectedReceipt receipt { QStringLiteral("EUR"), 100, d(expected), spread, QStringLiteral("I"),
            QStringLiteral("C") };
        const QList<double> chances = forecast::CashForecast::weeklyChances(receipt, from, 13);
        ASSERT_EQ(chances.size(), 13);
        for (int week = 0; week < 13; ++week)
            EXPECT_NEAR(chances[week],
                forecast::CashForecast::chanceWithin(receipt, from.addDays(7 * week), from.addDays(7 * week + 6), from),
                1e-12)
                << expected << " ± " << spread << ", week " << week;
    }
}

TEST_F(CashForecastTest, InstallmentTermsComePartByPartAndAnInstallmentPlanAsScheduled)
{
    // I3: 300.00 in three parts every 30 days from 2026-11-01 (12-01, 12-31, 01-30), 100.00 paid.
    Invoice i3;
    i3.number = QStringLiteral("I3");
    i3.customerId = QStringLiteral("STEADY");
    i3.invoiceDate = d("2026-11-01");
    i3.terms = QStringLiteral("INST3x30");
    i3.dueDate = PaymentTerms::parse(i3.terms)->dueDate(i3.invoiceDate);
    i3.total = money("300.00", "EUR");
    ASSERT_TRUE(storage::InvoiceRepository(ws.db()).insert(i3).ok());
    storage::PaymentRepository payments(ws.db());
    Payment part { QStringLiteral("P-I3"), QStringLiteral("STEADY"), d("2026-11-28"), money("100.00", "EUR"), {}, {},
        {} };
    ASSERT_TRUE(payments.insert(part).ok());
    ASSERT_TRUE(payments.allocate({ part.id, {}, QStringLiteral("I3"), part.amount, part.date }).ok());
    // O1 (100.00) goes on a plan: three installments every two weeks from 12-10.
    auto plan = services::CollectionsLog(ws.db(), clock, QStringLiteral("anna"))
                    .agreeInstallmentPlan(QStringLiteral("O1"), 3, d("2026-12-10"), 14, QStringLiteral("cash flow"));
    ASSERT_TRUE(plan.ok()) << qPrintable(plan.error().detail);
    ASSERT_TRUE(storage::InvoiceRepository(ws.db()).refreshSettlement().ok());

    auto receipts = forecast::CashForecasting(ws.db()).receipts(d("2026-12-01"));
    ASSERT_TRUE(receipts.ok()) << qPrintable(receipts.error().detail);
    QMap<QString, QStringList> byInvoice;
    for (const ExpectedReceipt &r : *receipts)
        byInvoice[r.invoiceNumber] << QStringLiteral("%1 %2 %3")
                                          .arg(r.expectedOn.toString(Qt::ISODate))
                                          .arg(r.minor)
                                          .arg(r.basis == ExpectedReceipt::Basis::Promise ? QStringLiteral("promise")
                                                                                          : QStringLiteral("history"));
    EXPECT_EQ(byInvoice.value(QStringLiteral("I3")),
        (QStringList { QStringLiteral("2027-01-10 10000 history"), QStringLiteral("2027-02-09 10000 history") }))
        << "the first part is paid; each other one ten days after its own day";
    EXPECT_EQ(byInvoice.value(QStringLiteral("O1")),
        (QStringList { QStringLiteral("2026-12-10 3334 promise"), QStringLiteral("2026-12-24 3333 promise"),
            QStringLiteral("2027-01-07 3333 promise") }))
        << "each installment brings what it adds to the one before, not the running total";
    EXPECT_EQ(byInvoice.value(QStringLiteral("O2")),
        (QStringList { QStringLiteral("2026-12-03 3000 promise"), QStringLiteral("2026-12-11 2000 history") }))
        << "O1's installments do not pay O2";
}

TEST(PaymentPredictor, ANewCustomerPaysAsTheirSegmentOnTheirTermsDoes)
{
    const QDate asOf = d("2026-12-01");
    forecast::PaymentPredictor predictor({ { QStringLiteral("LATE1"), QStringLiteral("retail|NET60") },
        { QStringLiteral("LATE2"), QStringLiteral("retail|NET60") },
        { QStringLiteral("NEW"), QStringLiteral("retail|NET60") },
        { QStringLiteral("PROMPT"), QStringLiteral("wholesale|NET30") } });
    for (int k = 0; k < 20; ++k) {
        const QDate due = asOf.addDays(-40 - k);
        predictor.learn(QStringLiteral("LATE1"), due, due.addDays(20), asOf);
        predictor.learn(QStringLiteral("LATE2"), due, due.addDays(20), asOf);
        predictor.learn(QStringLiteral("PROMPT"), due, due, asOf);
        predictor.learn(QStringLiteral("PROMPT"), due, due, asOf);
    }
    EXPECT_GT(predictor.expectedDelay(QStringLiteral("NEW")), 15.0) << "retail on NET60 pays 20 days late";
    EXPECT_LT(predictor.expectedDelay(QStringLiteral("STRANGER")), 12.0) << "no group: everyone's mean, 10 days";
    EXPECT_GT(predictor.expectedDelay(QStringLiteral("STRANGER")), 8.0);
}
