// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CreditDesk.h"
#include "FixedClock.h"
#include "TestWorkspace.h"
#include "services/CollectionsLog.h"
#include "services/Disputes.h"
#include "services/SalesOrders.h"
#include "storage/CreditRequestRepository.h"
#include "storage/CreditReviewRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/RiskFactsQuery.h"

#include <gtest/gtest.h>

using namespace cc;
using namespace cc::test;
using credit::CreditRequest;
using credit::RiskFacts;
using credit::RiskScore;

namespace {

class CreditDeskTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        Customer c;
        c.id = QStringLiteral("C1");
        c.name = QStringLiteral("Steady Supplies");
        c.currency = currency("EUR");
        c.creditLimit = money("1000.00", "EUR");
        ASSERT_TRUE(storage::CustomerRepository(ws.db()).save(c).ok());
    }

    void invoice(const char *number, const char *total, QDate due, QDate settled = {})
    {
        Invoice i;
        i.number = QString::fromLatin1(number);
        i.customerId = QStringLiteral("C1");
        i.invoiceDate = due.addDays(-30);
        i.dueDate = due;
        i.total = money(total, "EUR");
        if (settled.isValid()) {
            i.status = InvoiceStatus::Paid;
            i.settledOn = settled;
        }
        ASSERT_TRUE(storage::InvoiceRepository(ws.db()).insert(i).ok());
    }

    Money limitOn(QDate day)
    {
        return *storage::CreditRequestRepository(ws.db()).effectiveLimit(QStringLiteral("C1"), day);
    }

    TestWorkspace ws;
    FixedClock clock { QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC) };
    services::CreditDesk anna { ws.db(), clock, QStringLiteral("anna") };
    services::CreditDesk carla { ws.db(), clock, QStringLiteral("carla") };
};

} // namespace

TEST_F(CreditDeskTest, ATemporaryLimitHoldsUntilItsExpiryDayAndTheLastingOneReturns)
{
    EXPECT_FALSE(anna.request(QStringLiteral("C1"), money("5000.00", "EUR"), QStringLiteral(" ")).ok())
        << "a justification is required";
    auto request = anna.request(QStringLiteral("C1"), money("5000.00", "EUR"),
        QStringLiteral("Seasonal stock for the Christmas trade"), QDate(2026, 12, 10));
    ASSERT_TRUE(request.ok()) << qPrintable(request.error().detail);
    EXPECT_EQ(limitOn(clock.today()), money("1000.00", "EUR")) << "nothing changes until it is approved";
    auto approved = carla.approve(request->id);
    ASSERT_TRUE(approved.ok());
    EXPECT_EQ(approved->status, CreditRequest::Status::Approved);
    EXPECT_EQ(approved->managerBy, QStringLiteral("carla"));
    EXPECT_FALSE(carla.approve(request->id).ok()) << "decided once";

    services::SalesOrders orders(ws.db(), clock, QStringLiteral("anna"));
    SalesOrder order { QString(), QStringLiteral("C1"), clock.today(), Money::zero(currency("EUR")) };
    order.lines = { { QStringLiteral("X"), QStringLiteral("Trees"), InvoiceLine::QuantityScale, money("3000.00", "EUR"),
        0, 0 } };
    auto entered = orders.enter(order);
    ASSERT_TRUE(entered.ok());
    EXPECT_EQ(orders.release(entered->number)->status, SalesOrder::Status::Released) << "within the temporary limit";

    clock.set(QDateTime(QDate(2026, 12, 10), QTime(23, 0), Qt::UTC));
    EXPECT_EQ(limitOn(clock.today()), money("5000.00", "EUR")) << "in force on its last day";
    EXPECT_EQ(
        storage::CustomerRepository(ws.db()).summaries(clock.today())->value(0).creditLimit, money("5000.00", "EUR"))
        << "the customer list shows the limit in force";
    clock.set(QDateTime(QDate(2026, 12, 11), QTime(0, 0), Qt::UTC));
    EXPECT_EQ(limitOn(clock.today()), money("1000.00", "EUR")) << "expired: the lasting limit again";
    auto later = orders.enter(order);
    ASSERT_TRUE(later.ok());
    auto held = orders.release(later->number);
    ASSERT_TRUE(held.ok());
    EXPECT_EQ(held->status, SalesOrder::Status::Held);
    EXPECT_TRUE(held->holdReason.contains(QStringLiteral("1000.00 EUR"))) << qPrintable(held->holdReason);
}

TEST_F(CreditDeskTest, AboveTheThresholdTheCfoApprovesAfterTheCreditManager)
{
    ASSERT_TRUE(carla.setCfoThreshold(money("20000.00", "EUR")).ok());
    auto request
        = anna.request(QStringLiteral("C1"), money("25000.00", "EUR"), QStringLiteral("New framework contract"));
    ASSERT_TRUE(request.ok());
    auto managed = carla.approve(request->id, QStringLiteral("Good payer for years"));
    ASSERT_TRUE(managed.ok());
    EXPECT_EQ(managed->status, CreditRequest::Status::AwaitingCfo);
    EXPECT_EQ(limitOn(clock.today()), money("1000.00", "EUR")) << "not in force before the CFO decides";
    services::CreditDesk fiona(ws.db(), clock, QStringLiteral("fiona"));
    auto decided = fiona.approve(request->id);
    ASSERT_TRUE(decided.ok());
    EXPECT_EQ(decided->status, CreditRequest::Status::Approved);
    EXPECT_EQ(decided->cfoBy, QStringLiteral("fiona"));
    EXPECT_EQ(limitOn(clock.today()), money("25000.00", "EUR"));

    auto small = anna.request(QStringLiteral("C1"), money("2000.00", "EUR"), QStringLiteral("Back to normal"));
    ASSERT_TRUE(small.ok());
    EXPECT_FALSE(carla.reject(small->id, QString()).ok()) << "a rejection says why";
    auto rejected = carla.reject(small->id, QStringLiteral("Keep the contract limit"));
    ASSERT_TRUE(rejected.ok());
    EXPECT_EQ(rejected->status, CreditRequest::Status::Rejected);
    EXPECT_EQ(limitOn(clock.today()), money("25000.00", "EUR"));
    EXPECT_TRUE(storage::CreditRequestRepository(ws.db()).list()->isEmpty()) << "nothing left to decide";
}

TEST_F(CreditDeskTest, AHoldHoldsEveryOrderUntilItIsReleased)
{
    EXPECT_FALSE(carla.release(QStringLiteral("C1"), QStringLiteral("Paid up")).ok()) << "not on hold";
    ASSERT_TRUE(carla.hold(QStringLiteral("C1"), QStringLiteral("Insolvency notice in the gazette")).ok());
    EXPECT_FALSE(carla.hold(QStringLiteral("C1"), QStringLiteral("Again")).ok());
    services::SalesOrders orders(ws.db(), clock, QStringLiteral("anna"));
    SalesOrder order { QString(), QStringLiteral("C1"), clock.today(), Money::zero(currency("EUR")) };
    order.lines
        = { { QStringLiteral("X"), QStringLiteral("Nails"), InvoiceLine::QuantityScale, money("10.00", "EUR"), 0, 0 } };
    auto held = orders.release(orders.enter(order)->number);
    ASSERT_TRUE(held.ok());
    EXPECT_EQ(held->status, SalesOrder::Status::Held);
    EXPECT_TRUE(held->holdReason.contains(QStringLiteral("Insolvency notice"))) << qPrintable(held->holdReason);
    ASSERT_TRUE(carla.release(QStringLiteral("C1"), QStringLiteral("Administrator confirms trading")).ok());
    EXPECT_EQ(orders.release(orders.enter(order)->number)->status, SalesOrder::Status::Released);
}

TEST(RiskScore, TheSameFactsGiveTheSameScoreWithEveryPointExplained)
{
    RiskFacts facts;
    facts.daysBeyondTermsYear = 21.4;
    facts.hasRecent = true;
    facts.daysBeyondTermsRecent = 30;
    facts.hasBefore = true;
    facts.daysBeyondTermsBefore = 12;
    facts.brokenPromises = 2;
    facts.disputes = 1;
    facts.exposure = money("9200.00", "EUR");
    facts.creditLimit = money("10000.00", "EUR");
    const RiskScore score = RiskScore::of(facts);
    // 11 (21.4 days / 2) + 9 (18 days later / 2) + 12 (2 × 6) + 3 (1 × 3) + 12 (92 % of the limit)
    EXPECT_EQ(score.score, 47);
    EXPECT_EQ(score.grade(), QStringLiteral("B"));
    ASSERT_EQ(score.explanation.size(), 5);
    EXPECT_EQ(
        score.explanation[0], QStringLiteral("+11: pays 21.4 days beyond terms on average over the last 12 months"));
    EXPECT_EQ(score.explanation[1],
        QStringLiteral("+9: paying later: 30.0 days beyond terms in the last 90 days against 12.0 before"));
    EXPECT_EQ(score.explanation[2], QStringLiteral("+12: 2 broken promises to pay in the last 12 months"));
    EXPECT_EQ(score.explanation[3], QStringLiteral("+3: 1 dispute in the last 12 months"));
    EXPECT_EQ(score.explanation[4], QStringLiteral("+12: uses 92 % of the credit limit (9200.00 EUR of 10000.00 EUR)"));
    for (int i = 0; i < 3; ++i) {
        const RiskScore again = RiskScore::of(facts);
        EXPECT_EQ(again.score, score.score);
        EXPECT_EQ(again.explanation, score.explanation);
    }
    const RiskScore clean = RiskScore::of({ 0, 0, 0, false, false, 0, 0, money("0", "EUR"), money("500.00", "EUR") });
    EXPECT_EQ(clean.score, 0);
    EXPECT_EQ(clean.grade(), QStringLiteral("A"));
    EXPECT_EQ(clean.explanation.size(), 1);
}

TEST_F(CreditDeskTest, TheRiskFactsComeFromPaymentBehaviourUpToTheDay)
{
    // Paid 10 days late in spring (weight 100), 40 days late last month (weight 300); one
    // invoice open 14 days past due (weight 100); one paid after today, which cannot count as paid.
    invoice("I-1", "100.00", QDate(2026, 4, 1), QDate(2026, 4, 11));
    invoice("I-2", "300.00", QDate(2026, 9, 20), QDate(2026, 10, 30));
    invoice("I-3", "100.00", QDate(2026, 11, 10));
    invoice("I-4", "100.00", QDate(2026, 12, 20), QDate(2026, 12, 30));
    services::CollectionsLog log(ws.db(), clock, QStringLiteral("anna"));
    clock.set(QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC));
    ASSERT_TRUE(log.recordPromise(QStringLiteral("C1"), money("100.00", "EUR"), QDate(2026, 11, 12), {}, {}).ok());
    clock.set(QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));
    ASSERT_TRUE(services::Disputes(ws.db(), clock, QStringLiteral("anna"))
                    .open(QStringLiteral("I-3"), money("20.00", "EUR"), QStringLiteral("pricing"))
                    .ok());

    auto facts = storage::RiskFactsQuery(ws.db()).of(QStringLiteral("C1"), clock.today());
    ASSERT_TRUE(facts.ok()) << qPrintable(facts.error().detail);
    EXPECT_DOUBLE_EQ(facts->daysBeyondTermsYear, (100 * 10 + 300 * 40 + 100 * 14) / 500.0);
    EXPECT_DOUBLE_EQ(facts->daysBeyondTermsRecent, (300 * 40 + 100 * 14) / 400.0);
    EXPECT_DOUBLE_EQ(facts->daysBeyondTermsBefore, 10.0);
    EXPECT_EQ(facts->brokenPromises, 1);
    EXPECT_EQ(facts->disputes, 1);
    EXPECT_EQ(facts->exposure, money("100.00", "EUR")) << "exposure is what is open now: I-3";
    EXPECT_EQ(facts->creditLimit, money("1000.00", "EUR"));

    auto score = carla.riskScore(QStringLiteral("C1"));
    ASSERT_TRUE(score.ok());
    EXPECT_EQ(score->score, RiskScore::of(*facts).score);
}

TEST_F(CreditDeskTest, AReviewedAccountLeavesTheReviewListUntilItsNextReview)
{
    invoice("I-1", "100.00", QDate(2026, 12, 1));
    storage::CreditReviewRepository reviews(ws.db());
    ASSERT_EQ(reviews.dueOn(clock.today())->size(), 1) << "never reviewed";
    EXPECT_FALSE(carla.review(QStringLiteral("C1"), QString()).ok());
    ASSERT_TRUE(carla.review(QStringLiteral("C1"), QStringLiteral("Accounts filed, ratios fine")).ok());
    EXPECT_TRUE(reviews.dueOn(clock.today())->isEmpty());
    const auto history = *reviews.history(QStringLiteral("C1"));
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history[0].nextReview, QDate(2027, 11, 24)) << "grade A: a year";
    EXPECT_EQ(reviews.dueOn(QDate(2027, 11, 24))->size(), 1);
}
