// SPDX-License-Identifier: GPL-3.0-or-later
// Matching quality on generated noisy statements with known answers: precision and recall per
// kind, and how right the auto-posted matches are, at several thresholds and seeds.
//   cashcycle_match_quality [CUSTOMERS] [INVOICES_PER_CUSTOMER] [LINES]
#include "MatchQuality.h"
#include "services/CashApplication.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace cc;

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    const int customers = arguments.value(1, QStringLiteral("2000")).toInt();
    const int perCustomer = arguments.value(2, QStringLiteral("10")).toInt();
    const int lines = arguments.value(3, QStringLiteral("10000")).toInt();
    const QDate day(2026, 11, 20);
    QTextStream out(stdout);
    for (const quint32 seed : { 1u, 2u, 3u }) {
        for (const double threshold : { 0.8, services::CashApplication::DefaultThreshold, 0.95 }) {
            test::NoisyStatementGenerator generator(seed);
            const test::Ledger ledger = generator.ledger(customers, perCustomer, day);
            const auto statement
                = generator.statement(ledger, lines, day, test::NoisyStatementGenerator::evenWeights());
            cash::PayerDirectory payers;
            cash::MatchEngine engine(payers);
            test::fill(ledger, payers, engine);
            const auto quality
                = test::MatchQuality::measure(engine, statement, threshold, services::CashApplication::SuggestionFloor);
            out << "seed " << seed << ", threshold " << threshold << ": precision "
                << QString::number(quality.overall.precision() * 100, 'f', 2) << " %, recall "
                << QString::number(quality.overall.recall() * 100, 'f', 2) << " %, auto-posted "
                << quality.overall.posted << " of " << quality.overall.lines << ", "
                << QString::number(quality.overall.postedAccuracy() * 100, 'f', 2) << " % right\n";
            if (seed == 1 && threshold == services::CashApplication::DefaultThreshold)
                out << quality.table() << '\n';
        }
    }
    return 0;
}
