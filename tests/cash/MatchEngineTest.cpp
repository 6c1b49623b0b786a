// SPDX-License-Identifier: GPL-3.0-or-later
#include "cash/MatchEngine.h"
#include "cash/AmountCombination.h"
#include "domain/CreditorReference.h"

#include <gtest/gtest.h>

using namespace cc;
using cash::MatchEngine;
using cash::MatchProposal;

namespace {

const Currency Eur = *Currency::fromCode(QStringLiteral("EUR"));
const QDate Today(2026, 11, 20);

Money eur(qint64 minor)
{
    return Money(minor, Eur);
}

/// Two customers with open invoices; Müller's on 2/10 NET30 terms.
class MatchEngineTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        payers.addCustomer(QStringLiteral("C-MUE"), QStringLiteral("Müller Maschinenbau GmbH"));
        payers.addCustomer(QStringLiteral("C-SCH"), QStringLiteral("Schmidt Logistik AG"));
        const PaymentTerms discount = PaymentTerms::net(30).withDiscount(200, 10);
        open(QStringLiteral("C-MUE"), QStringLiteral("RE-2026-0042"), 119000, QDate(2026, 10, 1), discount);
        open(QStringLiteral("C-MUE"), QStringLiteral("RE-2026-0043"), 23800, QDate(2026, 10, 5), discount);
        open(QStringLiteral("C-MUE"), QStringLiteral("RE-2026-0050"), 50000, QDate(2026, 11, 15), discount);
        open(QStringLiteral("C-SCH"), QStringLiteral("RE-2026-0044"), 77777, QDate(2026, 10, 7), PaymentTerms::net(30));
        open(QStringLiteral("C-SCH"), QStringLiteral("RE-2026-0045"), 12345, QDate(2026, 10, 9), PaymentTerms::net(30));
    }

    void open(const QString &customer, const QString &number, qint64 minor, const QDate &day, const PaymentTerms &terms)
    {
        engine.add({ customer, { number, day, terms.dueDate(day), eur(minor), eur(minor), terms } });
    }

    static bank::BankTransaction credit(qint64 minor, const QString &text, const QString &payer = {})
    {
        bank::BankTransaction line;
        line.bookingDate = Today;
        line.amount = eur(minor);
        line.remittance = text;
        line.counterpartyName = payer;
        return line;
    }

    static QStringList paid(const MatchProposal &proposal)
    {
        QStringList lines;
        for (const auto &line : proposal.plan.lines)
            lines << line.number + QLatin1Char('=') + line.cash.toDecimalString();
        return lines;
    }

    cash::PayerDirectory payers;
    MatchEngine engine { payers };
};

} // namespace

TEST_F(MatchEngineTest, AReferenceAndTheAmountTogetherAreSure)
{
    const auto proposals = engine.propose(credit(119000, QStringLiteral("Rechnung RE-2026-0042")));
    ASSERT_FALSE(proposals.isEmpty());
    EXPECT_EQ(proposals[0].customerId, QStringLiteral("C-MUE"));
    EXPECT_EQ(paid(proposals[0]), QStringList { QStringLiteral("RE-2026-0042=1190.00") });
    EXPECT_GE(proposals[0].confidence, 0.98);
    EXPECT_TRUE(proposals[0].reasons.join(u'\n').contains(QStringLiteral("as written")))
        << proposals[0].reasons.join(u'\n').toStdString();

    const auto formatted = engine.propose(credit(77777, QStringLiteral("re 2026/44 danke")));
    ASSERT_FALSE(formatted.isEmpty());
    EXPECT_EQ(paid(formatted[0]), QStringList { QStringLiteral("RE-2026-0044=777.77") });
    EXPECT_GE(formatted[0].confidence, 0.95);
    EXPECT_LT(formatted[0].confidence, proposals[0].confidence) << "written another way is a little less sure";
}

TEST_F(MatchEngineTest, ACreditorReferenceInTheStructuredField)
{
    auto line = credit(77777, {});
    line.structuredReference = CreditorReference::forDocument(QStringLiteral("RE-2026-0044"))->electronic();
    const auto proposals = engine.propose(line);
    ASSERT_FALSE(proposals.isEmpty());
    EXPECT_EQ(paid(proposals[0]), QStringList { QStringLiteral("RE-2026-0044=777.77") });
    EXPECT_GE(proposals[0].confidence, 0.99);
}

TEST_F(MatchEngineTest, ATypoCountsOnlyWhenTheAmountConfirmsIt)
{
    const auto confirmed = engine.propose(credit(12345, QStringLiteral("RE-2026-0054")));
    ASSERT_FALSE(confirmed.isEmpty());
    EXPECT_EQ(paid(confirmed[0]), QStringList { QStringLiteral("RE-2026-0045=123.45") }) << "two digits swapped";
    EXPECT_GE(confirmed[0].confidence, 0.9);
    EXPECT_TRUE(confirmed[0].reasons.join(u'\n').contains(QStringLiteral("one digit wrong")));

    EXPECT_TRUE(engine.propose(credit(10000, QStringLiteral("RE-2026-0054"))).isEmpty())
        << "a number one digit off, and an amount that fits nothing: no match";
}

TEST_F(MatchEngineTest, SeveralInvoicesInOnePayment)
{
    const auto named = engine.propose(credit(142800, QStringLiteral("RE-2026-0042 RE-2026-0043")));
    ASSERT_FALSE(named.isEmpty());
    EXPECT_EQ(paid(named[0]),
        (QStringList { QStringLiteral("RE-2026-0042=1190.00"), QStringLiteral("RE-2026-0043=238.00") }));
    EXPECT_GE(named[0].confidence, 0.98);

    // Three named, two paid: the amount picks which.
    const auto some = engine.propose(credit(90122, QStringLiteral("RE-2026-0044, RE-2026-0045 and RE-2026-0042")));
    ASSERT_FALSE(some.isEmpty());
    EXPECT_EQ(
        paid(some[0]), (QStringList { QStringLiteral("RE-2026-0044=777.77"), QStringLiteral("RE-2026-0045=123.45") }));

    // No reference: the payer and the amount of two invoices together.
    const auto unnamed = engine.propose(credit(90122, QStringLiteral("Zahlung"), QStringLiteral("SCHMIDT LOGISTIK")));
    ASSERT_FALSE(unnamed.isEmpty());
    EXPECT_EQ(unnamed[0].customerId, QStringLiteral("C-SCH"));
    EXPECT_EQ(paid(unnamed[0]),
        (QStringList { QStringLiteral("RE-2026-0044=777.77"), QStringLiteral("RE-2026-0045=123.45") }));
    EXPECT_GE(unnamed[0].confidence, 0.6);
    EXPECT_LT(unnamed[0].confidence, 0.9) << "without a reference it is a suggestion";
}

TEST_F(MatchEngineTest, PartialAndOverPaymentsAndDiscounts)
{
    const auto partial = engine.propose(credit(50000, QStringLiteral("RE-2026-0044 Teilzahlung")));
    ASSERT_FALSE(partial.isEmpty());
    EXPECT_EQ(paid(partial[0]), QStringList { QStringLiteral("RE-2026-0044=500.00") });
    EXPECT_FALSE(partial[0].plan.lines[0].settles);

    const auto over = engine.propose(credit(80000, QStringLiteral("RE-2026-0044")));
    ASSERT_FALSE(over.isEmpty());
    EXPECT_EQ(paid(over[0]), QStringList { QStringLiteral("RE-2026-0044=777.77") });
    EXPECT_EQ(over[0].plan.unapplied, eur(2223)) << "the rest is unapplied cash";

    // RE-2026-0050 of 15 November on 2/10: paid on 20 November less 2 %, earned.
    const auto earned = engine.propose(credit(49000, QStringLiteral("RE-2026-0050")));
    ASSERT_FALSE(earned.isEmpty());
    EXPECT_EQ(paid(earned[0]), QStringList { QStringLiteral("RE-2026-0050=490.00") });
    EXPECT_EQ(earned[0].plan.discounts, eur(1000));
    EXPECT_TRUE(earned[0].plan.lines[0].settles);

    // RE-2026-0042 of 1 October: the window ended on 11 October.
    const auto unearned = engine.propose(credit(116620, QStringLiteral("RE-2026-0042")));
    ASSERT_FALSE(unearned.isEmpty());
    EXPECT_EQ(paid(unearned[0]), QStringList { QStringLiteral("RE-2026-0042=1166.20") });
    EXPECT_EQ(unearned[0].plan.lines[0].unearnedDiscount, eur(2380));
    EXPECT_FALSE(unearned[0].plan.lines[0].settles) << "the unearned discount stays open";
    EXPECT_TRUE(unearned[0].reasons.join(u'\n').contains(QStringLiteral("after its window")));
}

TEST_F(MatchEngineTest, ThePayerByLearnedAccountOrNameAlike)
{
    auto line = credit(23800, QStringLiteral("Zahlung Oktober"));
    line.counterpartyIban = QStringLiteral("DE89370400440532013000");
    EXPECT_LT(engine.propose(line).value(0).confidence, 0.5) << "an unknown account and no name: the amount alone";

    payers.learnAccount(QStringLiteral("DE89 3704 0044 0532 0130 00"), QStringLiteral("C-MUE"));
    const auto byAccount = engine.propose(line);
    ASSERT_FALSE(byAccount.isEmpty());
    EXPECT_EQ(paid(byAccount[0]), QStringList { QStringLiteral("RE-2026-0043=238.00") });
    EXPECT_GE(byAccount[0].confidence, 0.9) << "a known account and the one invoice of that amount";

    const auto byName
        = engine.propose(credit(23800, QStringLiteral("Zahlung"), QStringLiteral("MUELLER MASCHINENBAU GMBH")));
    ASSERT_FALSE(byName.isEmpty());
    EXPECT_EQ(byName[0].customerId, QStringLiteral("C-MUE"));
    EXPECT_EQ(paid(byName[0]), QStringList { QStringLiteral("RE-2026-0043=238.00") });
    EXPECT_TRUE(byName[0].reasons.join(u'\n').contains(QStringLiteral("alike")));
}

TEST_F(MatchEngineTest, AnAccountKnownForSomeoneElseMakesAReferenceLessSure)
{
    auto line = credit(12345, QStringLiteral("RE 2026 45"));
    const double alone = engine.propose(line).value(0).confidence;
    line.counterpartyIban = QStringLiteral("DE89370400440532013000");
    payers.learnAccount(line.counterpartyIban, QStringLiteral("C-MUE"));
    const auto contradicted = engine.propose(line);
    ASSERT_FALSE(contradicted.isEmpty());
    EXPECT_EQ(contradicted[0].customerId, QStringLiteral("C-SCH")) << "the text still wins";
    EXPECT_LT(contradicted[0].confidence, alone * 0.8);
}

TEST_F(MatchEngineTest, ALearnedWordNamesTheCustomer)
{
    EXPECT_EQ(cash::PayerDirectory::tokensOf(QStringLiteral("Kunde KDNR4711, Zahlung 2026 vom 12.11.")),
        QStringList { QStringLiteral("KDNR4711") })
        << "five letters or digits, a digit among them";
    const auto line = credit(12345, QStringLiteral("Kunde KDNR4711 Zahlung"));
    EXPECT_LT(engine.propose(line).value(0).confidence, 0.5) << "before: only the amount points anywhere";
    payers.learnToken(QStringLiteral("KDNR4711"), QStringLiteral("C-SCH"));
    const auto learned = engine.propose(line);
    ASSERT_FALSE(learned.isEmpty());
    EXPECT_EQ(learned[0].customerId, QStringLiteral("C-SCH"));
    EXPECT_EQ(paid(learned[0]), QStringList { QStringLiteral("RE-2026-0045=123.45") });
}

TEST_F(MatchEngineTest, UnrelatedCreditsAndDebitsStayUnmatched)
{
    EXPECT_TRUE(
        engine.propose(credit(31415, QStringLiteral("Zinsgutschrift Q3"), QStringLiteral("Sparkasse"))).isEmpty());
    EXPECT_TRUE(engine.propose(credit(-119000, QStringLiteral("RE-2026-0042"))).isEmpty()) << "money out";
    auto reversal = credit(119000, QStringLiteral("RE-2026-0042"));
    reversal.reversal = true;
    EXPECT_TRUE(engine.propose(reversal).isEmpty());

    const auto amountOnly = engine.propose(credit(77777, QStringLiteral("Ueberweisung")));
    ASSERT_EQ(amountOnly.size(), 1) << "the only open invoice of that amount, as a weak suggestion";
    EXPECT_LT(amountOnly[0].confidence, 0.5);
}

TEST(AmountCombination, FindsTheSetsThatAddUpWithinItsBounds)
{
    const QList<qint64> amounts { 500, 300, 200, 700, 100 };
    const auto found = cash::AmountCombination::find(amounts, 1000, 5);
    EXPECT_EQ(found.size(), 3); // 500+300+200, 300+700, 200+700+100
    EXPECT_EQ(found.first(), (QList<int> { 0, 1, 2 })) << "the earliest items first";
    for (const auto &set : found) {
        qint64 sum = 0;
        for (const int index : set)
            sum += amounts[index];
        EXPECT_EQ(sum, 1000);
    }
    EXPECT_TRUE(cash::AmountCombination::find(amounts, 1000, 5, { 2, 200000 }).size() == 1)
        << "at most two parts: 300+700";
    EXPECT_TRUE(cash::AmountCombination::find(amounts, 99, 5).isEmpty());

    QList<qint64> many(200, 3);
    EXPECT_TRUE(cash::AmountCombination::find(many, 301, 1, { 5, 1000 }).isEmpty()) << "gives up after its steps";
}
