// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchQuality.h"
#include "services/CashApplication.h"

#include <gtest/gtest.h>

#include <iostream>

using namespace cc;

// Noisy statements with known answers: the engine's precision and recall, and how right the
// matches it would post without asking are, at the default threshold.
TEST(MatchQuality, NoisyStatementsAreMatchedPreciselyAndTheAutoPostedOnesRight)
{
    const QDate day(2026, 11, 20);
    test::NoisyStatementGenerator generator(20261124);
    const test::Ledger ledger = generator.ledger(400, 10, day);
    const QList<test::NoisyLine> lines
        = generator.statement(ledger, 1500, day, test::NoisyStatementGenerator::evenWeights());
    ASSERT_EQ(lines.size(), 1500);
    cash::PayerDirectory payers;
    cash::MatchEngine engine(payers);
    test::fill(ledger, payers, engine);

    const auto quality = test::MatchQuality::measure(
        engine, lines, services::CashApplication::DefaultThreshold, services::CashApplication::SuggestionFloor);
    std::cout << quality.table().toStdString();
    EXPECT_GE(quality.overall.precision(), 0.95);
    EXPECT_GE(quality.overall.recall(), 0.90);
    EXPECT_GE(quality.overall.postedAccuracy(), 0.995);
    for (const auto &[kind, figures] : quality.kinds) {
        if (kind == test::PaymentKind::Unrelated)
            EXPECT_LE(figures.proposed, figures.lines / 20) << "unrelated credits stay unmatched";
        else
            EXPECT_GE(figures.recall(), 0.5) << test::kindName(kind).toStdString();
    }
}
