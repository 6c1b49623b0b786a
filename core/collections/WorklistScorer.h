// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorklistAccount.h"
#include "WorklistEntry.h"
#include "WorklistStrategy.h"

#include <optional>

namespace cc::collections {

/// Scores accounts by a strategy and ranks them. Pure: the same facts give the same list.
///
/// Money counts relative to the portfolio, so accounts in yen and in euros compare without
/// exchange rates: an amount is measured against the median overdue amount of the list's
/// accounts in the same currency (the reference), on a log scale.
///
/// Points, each times its weight: log10(1 + 100 × overdue ÷ reference), each bucket counted
/// by its percentage; a point per 10 days past due (up to 180); a point per 5 days the
/// customer usually pays late (up to 60); 0/2/5/10 for risk classes A/B/C/D; each promise
/// broken or partly kept within the memory; a promise due today; a follow-up due; a point per
/// 2 days without contact (up to 30, as much when never contacted); log10(1 + 100 × open ÷
/// reference) for the account's value. A promise not yet due takes its weight off. The total
/// is scaled by the segment's percentage.
class WorklistScorer {
public:
    explicit WorklistScorer(WorklistStrategy strategy)
        : m_strategy(std::move(strategy))
    {
    }

    /// The entry for an account on `day`, or nothing when the strategy leaves it off.
    /// `referenceMinor` is the amount money is measured against (see above).
    std::optional<WorklistEntry> score(const WorklistAccount &account, const QDate &day, qint64 referenceMinor) const;
    /// Entries for every account that makes the list, ranked from 1.
    QList<WorklistEntry> rank(const QList<WorklistAccount> &accounts, const QDate &day) const;

private:
    WorklistStrategy m_strategy;
};

} // namespace cc::collections
