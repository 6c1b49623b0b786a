// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/PaymentAllocator.h"
#include "TestWorkspace.h"

#include <gtest/gtest.h>

using namespace cc;
using namespace cc::test;
using Item = PaymentAllocator::OpenItem;

namespace {

Item item(const char *number, QDate invoiceDate, const char *total, const char *open, const char *terms = "NET30")
{
    const PaymentTerms parsed = *PaymentTerms::parse(QString::fromLatin1(terms));
    return Item { QString::fromLatin1(number), invoiceDate, parsed.dueDate(invoiceDate), money(total, "EUR"),
        money(open, "EUR"), parsed };
}

Money sumOf(const PaymentAllocator::Plan &plan)
{
    Money sum = plan.unapplied;
    for (const PaymentAllocator::Line &line : plan.lines)
        sum += line.cash;
    return sum;
}

} // namespace

TEST(PaymentAllocatorTest, OldestDueFirstAndTheRestStaysUnapplied)
{
    const QList<Item> items { item("A", QDate(2026, 9, 1), "100.00", "100.00"),
        item("B", QDate(2026, 10, 1), "250.00", "200.00"), item("C", QDate(2026, 8, 1), "50.00", "50.00") };
    auto plan = PaymentAllocator::suggest(money("220.00", "EUR"), QDate(2026, 11, 24), items);
    ASSERT_EQ(plan.lines.size(), 3);
    EXPECT_EQ(plan.lines[0].number, QStringLiteral("C"));
    EXPECT_TRUE(plan.lines[0].settles);
    EXPECT_EQ(plan.lines[1].number, QStringLiteral("A"));
    EXPECT_EQ(plan.lines[2].number, QStringLiteral("B"));
    EXPECT_EQ(plan.lines[2].cash, money("70.00", "EUR"));
    EXPECT_FALSE(plan.lines[2].settles);
    EXPECT_TRUE(plan.unapplied.isZero());
    EXPECT_EQ(sumOf(plan), money("220.00", "EUR"));
    EXPECT_TRUE(PaymentAllocator::check(money("220.00", "EUR"), QDate(2026, 11, 24), items, plan).isEmpty());

    // More than is open: the rest is unapplied credit.
    plan = PaymentAllocator::suggest(money("400.01", "EUR"), QDate(2026, 11, 24), items);
    EXPECT_EQ(plan.lines.size(), 3);
    EXPECT_EQ(plan.unapplied, money("50.01", "EUR"));
    EXPECT_EQ(sumOf(plan), money("400.01", "EUR"));
}

TEST(PaymentAllocatorTest, TheDiscountIsGrantedOnlyWithinItsWindow)
{
    // 2 % within 10 days of 1 November: the window ends on 11 November.
    const QList<Item> items { item("INV-1", QDate(2026, 11, 1), "1000.00", "1000.00", "2/10 NET30") };
    auto earned = PaymentAllocator::suggest(money("980.00", "EUR"), QDate(2026, 11, 11), items);
    ASSERT_EQ(earned.lines.size(), 1);
    EXPECT_EQ(earned.lines[0].cash, money("980.00", "EUR"));
    EXPECT_EQ(earned.lines[0].discount, money("20.00", "EUR"));
    EXPECT_TRUE(earned.lines[0].settles);
    EXPECT_TRUE(earned.lines[0].unearnedDiscount.isZero());
    EXPECT_EQ(earned.discounts, money("20.00", "EUR"));

    // The same deduction a day late is flagged, and the 20.00 stays open.
    auto late = PaymentAllocator::suggest(money("980.00", "EUR"), QDate(2026, 11, 12), items);
    ASSERT_EQ(late.lines.size(), 1);
    EXPECT_EQ(late.lines[0].cash, money("980.00", "EUR"));
    EXPECT_TRUE(late.lines[0].discount.isZero());
    EXPECT_FALSE(late.lines[0].settles);
    EXPECT_EQ(late.lines[0].unearnedDiscount, money("20.00", "EUR"));

    // Paid in full on time, the discount's worth is left unapplied, not swallowed.
    auto full = PaymentAllocator::suggest(money("1000.00", "EUR"), QDate(2026, 11, 5), items);
    EXPECT_EQ(full.lines[0].cash, money("980.00", "EUR"));
    EXPECT_EQ(full.unapplied, money("20.00", "EUR"));

    // Part paid within the window earns nothing: the discount is for paying in full.
    auto part = PaymentAllocator::suggest(money("500.00", "EUR"), QDate(2026, 11, 5), items);
    EXPECT_TRUE(part.lines[0].discount.isZero());
    EXPECT_TRUE(part.lines[0].unearnedDiscount.isZero());
}

TEST(PaymentAllocatorTest, DiscountsRoundToTheCentAndNothingIsLost)
{
    // 2 % of 333.33 is 6.6666: 6.67 off, 326.66 to pay.
    const QList<Item> items { item("X", QDate(2026, 11, 1), "333.33", "333.33", "2/10 NET30"),
        item("Y", QDate(2026, 11, 2), "0.01", "0.01", "2/10 NET30") };
    auto plan = PaymentAllocator::suggest(money("326.67", "EUR"), QDate(2026, 11, 3), items);
    ASSERT_EQ(plan.lines.size(), 2);
    EXPECT_EQ(plan.lines[0].discount, money("6.67", "EUR"));
    EXPECT_EQ(plan.lines[0].cash, money("326.66", "EUR"));
    EXPECT_EQ(plan.lines[1].cash, money("0.01", "EUR")) << "2 % of a cent rounds to nothing";
    EXPECT_TRUE(plan.unapplied.isZero());
    EXPECT_EQ(sumOf(plan), money("326.67", "EUR"));
}

TEST(PaymentAllocatorTest, ACheckNamesWhatCannotBePosted)
{
    const QList<Item> items { item("INV-1", QDate(2026, 11, 1), "1000.00", "1000.00", "2/10 NET30"),
        item("INV-2", QDate(2026, 11, 1), "100.00", "100.00") };
    const Money payment = money("980.00", "EUR");
    const Money zero = Money::zero(currency("EUR"));
    PaymentAllocator::Plan taken { { { QStringLiteral("INV-1"), payment, money("20.00", "EUR"), zero, true } }, zero,
        money("20.00", "EUR") };
    auto problems = PaymentAllocator::check(payment, QDate(2026, 11, 20), items, taken);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].contains(QStringLiteral("not earned"))) << qPrintable(problems[0]);
    EXPECT_TRUE(problems[0].contains(QStringLiteral("2026-11-11"))) << qPrintable(problems[0]);
    EXPECT_TRUE(PaymentAllocator::check(payment, QDate(2026, 11, 10), items, taken).isEmpty());

    PaymentAllocator::Plan noTerms {
        { { QStringLiteral("INV-2"), money("90.00", "EUR"), money("10.00", "EUR"), zero, true } },
        money("890.00", "EUR"), money("10.00", "EUR")
    };
    problems = PaymentAllocator::check(payment, QDate(2026, 11, 2), items, noTerms);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].contains(QStringLiteral("no early-payment discount"))) << qPrintable(problems[0]);

    PaymentAllocator::Plan tooMuch { { { QStringLiteral("INV-2"), money("150.00", "EUR"), zero, zero, true } },
        money("830.00", "EUR"), zero };
    problems = PaymentAllocator::check(payment, QDate(2026, 11, 2), items, tooMuch);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].contains(QStringLiteral("more than the 100.00 open"))) << qPrintable(problems[0]);

    PaymentAllocator::Plan leaking { { { QStringLiteral("INV-2"), money("100.00", "EUR"), zero, zero, true } },
        money("879.99", "EUR"), zero };
    problems = PaymentAllocator::check(payment, QDate(2026, 11, 2), items, leaking);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].contains(QStringLiteral("do not add up"))) << qPrintable(problems[0]);

    PaymentAllocator::Plan unknown { { { QStringLiteral("INV-9"), money("10.00", "EUR"), zero, zero, false } },
        money("970.00", "EUR"), zero };
    EXPECT_TRUE(PaymentAllocator::check(payment, QDate(2026, 11, 2), items, unknown)
                    .value(0)
                    .contains(QStringLiteral("INV-9 is not open")));
}

TEST(PaymentAllocatorTest, InvoicesInAnotherCurrencyAreLeftAlone)
{
    QList<Item> items { item("EUR-1", QDate(2026, 10, 1), "100.00", "100.00") };
    const PaymentTerms net30 = *PaymentTerms::parse(u"NET30");
    items << Item { QStringLiteral("USD-1"), QDate(2026, 9, 1), QDate(2026, 10, 1), money("50.00", "USD"),
        money("50.00", "USD"), net30 };
    auto plan = PaymentAllocator::suggest(money("120.00", "EUR"), QDate(2026, 11, 24), items);
    ASSERT_EQ(plan.lines.size(), 1);
    EXPECT_EQ(plan.lines[0].number, QStringLiteral("EUR-1"));
    EXPECT_EQ(plan.unapplied, money("20.00", "EUR"));
}
