// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"
#include "domain/InvoiceTotals.h"
#include "domain/PaymentTerms.h"

#include <gtest/gtest.h>

using namespace cc;
using namespace cc::test;

TEST(PaymentTerms, NetAndEndOfMonthDueDates)
{
    const QDate issued(2026, 1, 31);
    EXPECT_EQ(PaymentTerms::parse(u"NET30")->dueDate(issued), QDate(2026, 3, 2));
    EXPECT_EQ(PaymentTerms::parse(u"net 14")->dueDate(issued), QDate(2026, 2, 14));
    EXPECT_EQ(PaymentTerms::parse(u"EOM+15")->dueDate(QDate(2026, 2, 3)), QDate(2026, 3, 15));
    EXPECT_EQ(PaymentTerms::parse(u"EOM30")->dueDate(QDate(2024, 2, 10)), QDate(2024, 3, 30)) << "leap February";
    EXPECT_EQ(PaymentTerms::parse(u"DUE")->dueDate(issued), issued);
    EXPECT_FALSE(PaymentTerms::parse(u"30 days").ok());
    EXPECT_EQ(PaymentTerms::parse(u"EOM+15")->code(), QStringLiteral("EOM+15"));
}

TEST(PaymentTerms, EarlyPaymentDiscountOnlyInsideTheWindow)
{
    const auto terms = PaymentTerms::parse(u"2/10 NET30");
    ASSERT_TRUE(terms.ok());
    EXPECT_EQ(terms->code(), QStringLiteral("2/10 NET30"));
    const QDate issued(2026, 3, 1);
    const Money total = money("1234.56", "EUR");
    EXPECT_EQ(terms->discountDeadline(issued), QDate(2026, 3, 11));
    EXPECT_EQ(terms->earnedDiscount(total, issued, QDate(2026, 3, 11)).toDecimalString(), QStringLiteral("24.69"));
    EXPECT_TRUE(terms->earnedDiscount(total, issued, QDate(2026, 3, 12)).isZero());
    EXPECT_EQ(terms->dueDate(issued), QDate(2026, 3, 31));
    EXPECT_EQ(PaymentTerms::parse(u"1.5/7 NET45")->discountBasisPoints(), 150);
}

TEST(PaymentTerms, InstallmentsSplitExactly)
{
    const auto terms = PaymentTerms::parse(u"INST3x30");
    ASSERT_TRUE(terms.ok());
    const auto schedule = terms->schedule(QDate(2026, 1, 1), money("100.00", "EUR"));
    ASSERT_EQ(schedule.size(), 3);
    EXPECT_EQ(schedule[0].dueDate, QDate(2026, 1, 31));
    EXPECT_EQ(schedule[2].dueDate, QDate(2026, 4, 1));
    EXPECT_EQ(schedule[0].amount.toDecimalString(), QStringLiteral("33.34"));
    EXPECT_EQ(schedule[1].amount.toDecimalString(), QStringLiteral("33.33"));
    EXPECT_EQ((schedule[0].amount + schedule[1].amount + schedule[2].amount).toDecimalString(), QStringLiteral("100.00"));
    EXPECT_EQ(terms->dueDate(QDate(2026, 1, 1)), QDate(2026, 4, 1));
    // ERPNext's 30/50/20 split at +30/+60/+90.
    const auto custom = PaymentTerms::net(90).withInstallments({{30, 30}, {50, 60}, {20, 90}});
    const auto parts = custom.schedule(QDate(2026, 1, 1), money("100", "EUR"));
    EXPECT_EQ(parts[0].amount.toDecimalString(), QStringLiteral("30.00"));
    EXPECT_EQ(parts[1].amount.toDecimalString(), QStringLiteral("50.00"));
}

TEST(InvoiceTotals, TaxRoundingPerLineOrPerInvoice)
{
    const Currency eur = currency("EUR");
    // Three lines of 0.02 at 19 %: each line's tax 0.0038 rounds to 0.00; over the invoice
    // 0.06 × 19 % = 0.0114 rounds to 0.01.
    const QList<InvoiceLine> lines(3, InvoiceLine{{}, {}, 1000, Money(2, eur), 0, 1900});
    EXPECT_EQ(InvoiceTotals::compute(lines, eur, TaxRounding::PerLine).tax.toDecimalString(), QStringLiteral("0.00"));
    EXPECT_EQ(InvoiceTotals::compute(lines, eur, TaxRounding::PerInvoice).tax.toDecimalString(), QStringLiteral("0.01"));
    EXPECT_EQ(InvoiceTotals::compute(lines, eur, TaxRounding::PerInvoice).gross.toDecimalString(), QStringLiteral("0.07"));

    // Quantity 2.5 at 19.99 with 10 % discount: 44.9775 → 44.98 net; two rates on one invoice.
    QList<InvoiceLine> mixed{{QStringLiteral("A"), {}, 2500, money("19.99", "EUR"), 1000, 1900},
                             {QStringLiteral("B"), {}, 1000, money("10.00", "EUR"), 0, 700}};
    const auto totals = InvoiceTotals::compute(mixed, eur, TaxRounding::PerInvoice);
    EXPECT_EQ(totals.net.toDecimalString(), QStringLiteral("54.98"));
    EXPECT_EQ(totals.taxByRate.value(1900).toDecimalString(), QStringLiteral("8.55"));
    EXPECT_EQ(totals.taxByRate.value(700).toDecimalString(), QStringLiteral("0.70"));
    EXPECT_EQ(totals.gross.toDecimalString(), QStringLiteral("64.23"));
}
