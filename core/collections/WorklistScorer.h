// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorklistAccount.h"
#include "WorklistEntry.h"
#include "WorklistStrategy.h"

#include <optional>

namespace cc::collections {

/// Scores accounts by a strategy and ranks them. Pure: the same facts give the same list.
///
/// Points, each times its weight: log10 of the overdue money in major units, each bucket
/// counted by its percentage (×1 per tenfold); a point per 10 days past due (up to 180);
/// a point per 5 days the customer usually pays late (up to 60); 0/2/5/10 for risk classes
/// A/B/C/D; each promise broken or partly kept within the memory; a promise due today; a
/// follow-up due; a point per 2 days without contact (up to 30, as much when never
/// contacted); log10 of all that is open. A promise not yet due takes its weight off. The
/// total is scaled by the segment's percentage.
class WorklistScorer {
public:
    explicit WorklistScorer(WorklistStrategy strategy)
        : m_strategy(std::move(strategy))
    {
    }

    /// The entry for an account on `day`, or nothing when the strategy leaves it off.
    std::optional<WorklistEntry> score(const WorklistAccount &account, const QDate &day) const;
    /// Entries for every account that makes the list, ranked from 1.
    QList<WorklistEntry> rank(const QList<WorklistAccount> &accounts, const QDate &day) const;

private:
    WorklistStrategy m_strategy;
};

} // namespace cc::collections
