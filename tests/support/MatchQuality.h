// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NoisyStatement.h"
#include "cash/MatchEngine.h"

namespace test {

/// How well matching answered generated credits of one kind.
struct KindQuality {
    int lines = 0;
    int answerable = 0; ///< lines that pay invoices
    int proposed = 0; ///< shown as a match or suggestion (at least the suggestion floor)
    int correct = 0; ///< proposed, with the right customer, invoices and amounts
    int posted = 0; ///< at least the posting threshold
    int postedCorrect = 0;

    double precision() const { return proposed ? double(correct) / proposed : 1.0; }
    double recall() const { return answerable ? double(correct) / answerable : 1.0; }
    double postedAccuracy() const { return posted ? double(postedCorrect) / posted : 1.0; }
    void add(const KindQuality &other);
};

struct MatchQuality {
    QList<std::pair<PaymentKind, KindQuality>> kinds;
    KindQuality overall;

    /// Matches `lines` in order as a run would (posted matches taken off what is open) and
    /// scores each against its known answer.
    static MatchQuality measure(
        cc::cash::MatchEngine &engine, const QList<NoisyLine> &lines, double threshold, double suggestionFloor);
    /// One row per kind and the overall one, for the closing note.
    QString table() const;
};

/// The ledger's customers and invoices in a directory and an engine made on it.
void fill(const Ledger &ledger, cc::cash::PayerDirectory &payers, cc::cash::MatchEngine &engine);

} // namespace test
