// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchQuality.h"

using namespace cc;

namespace test {
namespace {

bool isRight(const cash::MatchProposal &proposal, const ExpectedMatch &expected)
{
    if (expected.customerId.isEmpty() || proposal.customerId != expected.customerId)
        return false;
    QMap<QString, qint64> paid;
    for (const auto &line : proposal.plan.lines)
        paid.insert(line.number, line.cash.minorUnits());
    return paid == expected.cash;
}

} // namespace

void KindQuality::add(const KindQuality &other)
{
    lines += other.lines;
    answerable += other.answerable;
    proposed += other.proposed;
    correct += other.correct;
    posted += other.posted;
    postedCorrect += other.postedCorrect;
}

MatchQuality MatchQuality::measure(
    cash::MatchEngine &engine, const QList<NoisyLine> &lines, double threshold, double suggestionFloor)
{
    QHash<PaymentKind, KindQuality> byKind;
    for (const NoisyLine &line : lines) {
        KindQuality &quality = byKind[line.kind];
        ++quality.lines;
        if (!line.expected.customerId.isEmpty())
            ++quality.answerable;
        const QList<cash::MatchProposal> proposals = engine.propose(line.bank);
        if (proposals.isEmpty() || proposals.first().confidence < suggestionFloor)
            continue;
        const cash::MatchProposal &best = proposals.first();
        const bool right = isRight(best, line.expected);
        ++quality.proposed;
        quality.correct += right ? 1 : 0;
        if (best.confidence >= threshold) {
            ++quality.posted;
            quality.postedCorrect += right ? 1 : 0;
            engine.settle(best.plan);
        }
    }
    MatchQuality result;
    for (const PaymentKind kind : allKinds()) {
        if (byKind.contains(kind)) {
            result.kinds.append({ kind, byKind.value(kind) });
            result.overall.add(byKind.value(kind));
        }
    }
    return result;
}

QString MatchQuality::table() const
{
    const auto row = [](const QString &name, const KindQuality &quality) {
        return QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
            .arg(name)
            .arg(quality.lines)
            .arg(quality.proposed)
            .arg(quality.precision() * 100, 0, 'f', 1)
            .arg(quality.answerable ? QString::number(quality.recall() * 100, 'f', 1) : QStringLiteral("–"))
            .arg(quality.posted)
            .arg(quality.postedAccuracy() * 100, 0, 'f', 1);
    };
    QString text = QStringLiteral("| kind | lines | proposed | precision % | recall % | auto-posted | auto-posted "
                                  "correct % |\n|---|---|---|---|---|---|---|\n");
    for (const auto &[kind, quality] : kinds)
        text += row(kindName(kind), quality);
    return text + row(QStringLiteral("**overall**"), overall);
}

void fill(const Ledger &ledger, cash::PayerDirectory &payers, cash::MatchEngine &engine)
{
    for (auto it = ledger.customerNames.cbegin(); it != ledger.customerNames.cend(); ++it)
        payers.addCustomer(it.key(), it.value());
    for (const cash::OpenInvoice &invoice : ledger.invoices)
        engine.add(invoice);
}

} // namespace test
