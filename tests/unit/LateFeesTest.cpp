// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/LateFees.h"
#include "FixedClock.h"
#include "TestWorkspace.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"

#include <gtest/gtest.h>

using namespace cc;
using namespace cc::test;

namespace {

// 9 % a year after five days of grace, a flat 40.00 EUR per late invoice, nothing under 5.00 EUR.
LateFeePolicy statedPolicy()
{
    return *LateFeePolicy::fromJson(QStringLiteral(
        R"({"annual_rate_bp": 900, "grace_days": 5, "flat_fee": {"EUR": 4000}, "minimum": {"EUR": 500}})"));
}

class LateFeesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        Customer c;
        c.id = QStringLiteral("C1");
        c.name = QStringLiteral("Late Payer Ltd");
        c.currency = currency("EUR");
        c.creditLimit = Money::zero(c.currency);
        ASSERT_TRUE(storage::CustomerRepository(ws.db()).save(c).ok());
        addInvoice("INV-1", "2026-10-01", "1000.00");
        addInvoice("INV-2", "2026-11-21", "200.00");
        ASSERT_TRUE(fees.setPolicy(statedPolicy()).ok());
    }

    void addInvoice(const char *number, const char *due, const char *total)
    {
        Invoice invoice;
        invoice.number = QString::fromLatin1(number);
        invoice.customerId = QStringLiteral("C1");
        invoice.dueDate = QDate::fromString(QString::fromLatin1(due), Qt::ISODate);
        invoice.invoiceDate = invoice.dueDate.addDays(-30);
        invoice.total = money(total, "EUR");
        ASSERT_TRUE(storage::InvoiceRepository(ws.db()).insert(invoice).ok());
    }

    TestWorkspace ws;
    FixedClock clock { QDateTime::fromString(QStringLiteral("2026-11-24T09:00:00Z"), Qt::ISODate) };
    services::LateFees fees { ws.db(), clock };
};

} // namespace

TEST(LateFeePolicyTest, InterestIsExactToTheCentAndTheGracePeriodHolds)
{
    const LateFeePolicy policy = statedPolicy();
    const QList<LateFeePolicy::Item> items {
        { QStringLiteral("A"), QDate(2026, 10, 1), money("1000.00", "EUR"), QDate(), false },
        { QStringLiteral("B"), QDate(2026, 11, 21), money("200.00", "EUR"), QDate(), false },
        { QStringLiteral("C"), QDate(2026, 9, 1), money("0.01", "EUR"), QDate(2026, 11, 1), true },
    };
    const auto charges = policy.charges(items, QDate(2026, 11, 24));
    ASSERT_EQ(charges.size(), 1) << "B is in its grace period; C's cent earns no interest in 23 days";
    EXPECT_EQ(charges[0].number, QStringLiteral("A"));
    EXPECT_EQ(charges[0].from, QDate(2026, 10, 2));
    EXPECT_EQ(charges[0].days, 54);
    // 1000.00 × 9 % × 54 / 365 = 13.3150… → 13.32 (half away from zero), never through a double.
    EXPECT_EQ(charges[0].interest, money("13.32", "EUR"));
    EXPECT_EQ(charges[0].fee, money("40.00", "EUR"));
    EXPECT_TRUE(policy.describe(currency("EUR")).contains(QStringLiteral("9.00 % a year")));
    EXPECT_TRUE(policy.describe(currency("EUR")).contains(QStringLiteral("from day 6 past due")));

    EXPECT_FALSE(LateFeePolicy::fromJson(QStringLiteral(R"({"annual_rate_bp": -1})")).ok());
    auto badFee = LateFeePolicy::fromJson(QStringLiteral(R"({"flat_fee": {"EURO": 4000}})"));
    ASSERT_FALSE(badFee.ok());
    EXPECT_TRUE(badFee.error().detail.contains(QStringLiteral("flat_fee")));
    EXPECT_EQ(LateFeePolicy::fromJson(statedPolicy().toJson())->flatFeeMinor.value(QStringLiteral("EUR")), 4000);
}

TEST_F(LateFeesTest, ChargesBecomeADraftInvoiceAndAreNeverChargedTwice)
{
    auto draft = fees.charge(QStringLiteral("C1"), QDate(2026, 11, 24));
    ASSERT_TRUE(draft.ok()) << qPrintable(draft.error().detail);
    EXPECT_EQ(draft->status, InvoiceStatus::Draft);
    ASSERT_EQ(draft->lines.size(), 2);
    EXPECT_EQ(draft->lines[0].unitPrice, money("13.32", "EUR"));
    EXPECT_TRUE(draft->lines[0].description.contains(QStringLiteral("INV-1")))
        << qPrintable(draft->lines[0].description);
    EXPECT_EQ(draft->lines[0].description,
        QStringLiteral("Interest on INV-1: 1000.00 × 9.00 % × 54/365 (2026-10-02 to 2026-11-24)"));
    EXPECT_EQ(draft->total, money("53.32", "EUR"));
    EXPECT_TRUE(draft->notes.contains(QStringLiteral("A flat 40.00 EUR for each invoice paid late")));

    auto again = fees.charge(QStringLiteral("C1"), QDate(2026, 11, 24));
    ASSERT_FALSE(again.ok()) << "the same days are charged once";
    EXPECT_TRUE(again.error().detail.contains(QStringLiteral("nothing")));

    // A week on: seven more days of INV-1 (no second fee), and INV-2 out of its grace period.
    auto later = fees.propose(QStringLiteral("C1"), QDate(2026, 12, 1));
    ASSERT_TRUE(later.ok());
    ASSERT_EQ(later->size(), 2);
    EXPECT_EQ(later->at(0).from, QDate(2026, 11, 25));
    EXPECT_EQ(later->at(0).interest, money("1.73", "EUR"));
    EXPECT_EQ(later->at(0).fee, money("0.00", "EUR"));
    EXPECT_EQ(later->at(1).days, 10);
    EXPECT_EQ(later->at(1).total(), money("40.49", "EUR"));
}

TEST_F(LateFeesTest, ChargesUnderThePolicysMinimumAreNotMade)
{
    LateFeePolicy interestOnly = statedPolicy();
    interestOnly.flatFeeMinor.clear();
    ASSERT_TRUE(fees.setPolicy(interestOnly).ok());
    auto small = fees.charge(QStringLiteral("C1"), QDate(2026, 10, 20)); // 13 days: 3.21
    ASSERT_FALSE(small.ok());
    EXPECT_TRUE(small.error().detail.contains(QStringLiteral("less than the policy's minimum of 5.00")))
        << qPrintable(small.error().detail);
}
