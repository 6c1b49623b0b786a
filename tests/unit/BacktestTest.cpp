// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/Backtest.h"
#include "TestWorkspace.h"
#include "forecast/PaymentPredictor.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace cc;
using namespace cc::test;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// Late Ltd pays ten days after the due date — until the cutoff (2026-03-15). After it, it pays
// two months late: a backtest that used that would predict later.
class BacktestTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        Customer customer;
        customer.id = QStringLiteral("LATE");
        customer.name = QStringLiteral("Late Ltd");
        customer.currency = currency("EUR");
        customer.creditLimit = Money::zero(customer.currency);
        ASSERT_TRUE(storage::CustomerRepository(ws.db()).save(customer).ok());
        paid("I1", "2026-01-01", "2026-01-31", "2026-02-10");
        paid("I2", "2026-01-29", "2026-02-28", "2026-03-10");
        paid("I3", "2026-03-01", "2026-03-31", "2026-04-10"); // open at the cutoff, due after it
        paid("I5", "2026-01-30", "2026-03-01", "2026-03-20"); // overdue at the cutoff
        paid("I4", "2026-03-20", "2026-04-19", "2026-06-18"); // after the cutoff, 60 days late
        paid("I6", "2026-02-01", "2026-03-03", "2026-05-02"); // open at the cutoff, paid 60 days late
        ASSERT_TRUE(storage::InvoiceRepository(ws.db()).refreshSettlement().ok());
        ASSERT_TRUE(storage::PaymentRepository(ws.db()).refreshApplication().ok());
    }

    void paid(const char *number, const char *issued, const char *due, const char *settled)
    {
        Invoice i;
        i.number = QString::fromLatin1(number);
        i.customerId = QStringLiteral("LATE");
        i.invoiceDate = d(issued);
        i.dueDate = d(due);
        i.total = money("100.00", "EUR");
        ASSERT_TRUE(storage::InvoiceRepository(ws.db()).insert(i).ok());
        storage::PaymentRepository payments(ws.db());
        Payment payment { QStringLiteral("P-") + i.number, i.customerId, d(settled), i.total, {}, {}, {} };
        ASSERT_TRUE(payments.insert(payment).ok());
        ASSERT_TRUE(payments.allocate({ payment.id, {}, i.number, i.total, payment.date }).ok());
    }

    TestWorkspace ws;
};

} // namespace

TEST_F(BacktestTest, LearnsOnlyWhatWasKnownAtTheCutoff)
{
    auto result = forecast::Backtest(ws.db()).run(d("2026-03-15"));
    ASSERT_TRUE(result.ok()) << qPrintable(result.error().detail);
    // I3: 10 days late as learnt → 2026-04-10, exact; baseline (its due date) 10 days off.
    // I5: overdue; 2026-03-11 has passed, so the day after the cutoff, 2026-03-16: 4 days off,
    // as the baseline. I6: overdue too, predicted 2026-03-16, paid 2026-05-02: 47 days off.
    EXPECT_EQ(result->invoices, 3);
    EXPECT_DOUBLE_EQ(result->meanAbsoluteErrorDays, (0 + 4 + 47) / 3.0);
    EXPECT_DOUBLE_EQ(result->withinSevenDays, 2 / 3.0);
    EXPECT_DOUBLE_EQ(result->baselineMeanAbsoluteErrorDays, (10 + 4 + 47) / 3.0);
    EXPECT_DOUBLE_EQ(result->baselineWithinSevenDays, 1 / 3.0);
}

TEST(PaymentPredictor, RecentBehaviourWeighsMoreAndNewCustomersPayAsEveryoneDoes)
{
    forecast::PaymentPredictor predictor;
    const QDate asOf = d("2026-06-30");
    // A year ago OLD paid 30 days late, lately on time: with a half-life of 180 days the old
    // delay weighs about a quarter of the new one, so the mean is well under 15 days.
    predictor.learn(QStringLiteral("OLD"), d("2025-06-01"), d("2025-07-01"), asOf);
    predictor.learn(QStringLiteral("OLD"), d("2026-06-01"), d("2026-06-01"), asOf);
    const double oldWeight = std::pow(0.5, 364 / 180.0);
    const double newWeight = std::pow(0.5, 29 / 180.0);
    const double mean = 30 * oldWeight / (oldWeight + newWeight);
    EXPECT_NEAR(predictor.expectedDelay(QStringLiteral("OLD")), mean, 1e-9) << "everyone is OLD here";
    EXPECT_LT(mean, 7.0);
    EXPECT_NEAR(predictor.expectedDelay(QStringLiteral("NEW")), mean, 1e-9) << "no history: as everyone";

    // PROMPT paid once, 4 days early: drawn toward everyone by two invoices' worth.
    predictor.learn(QStringLiteral("PROMPT"), d("2026-06-20"), d("2026-06-16"), asOf);
    const double promptWeight = std::pow(0.5, 14 / 180.0);
    const double everyone = (30 * oldWeight - 4 * promptWeight) / (oldWeight + newWeight + promptWeight);
    EXPECT_NEAR(predictor.expectedDelay(QStringLiteral("PROMPT")),
        (-4 * promptWeight + forecast::PaymentPredictor::PriorWeight * everyone)
            / (promptWeight + forecast::PaymentPredictor::PriorWeight),
        1e-9);
    EXPECT_EQ(predictor.predict(QStringLiteral("NEW"), d("2026-06-01"), asOf), asOf.addDays(1))
        << "never predicted on or before the day it is seen open";
}
