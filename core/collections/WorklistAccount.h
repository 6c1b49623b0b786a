// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FollowUpTask.h"
#include "PromiseState.h"

#include <array>
#include <optional>

namespace cc::collections {

/// What the worklist knows about one account in one currency on one day: the facts the
/// score is made of, read by WorklistQuery.
struct WorklistAccount {
    QString customerId;
    QString name;
    QString segment;
    QString riskClass;
    Currency currency;
    /// Overdue money that is not disputed, by days past due: 1–30, 31–60, 61–90, over 90.
    std::array<qint64, 4> overdueMinor {};
    qint64 notDueMinor = 0;
    /// Open disputes on overdue documents: owed, but not to be chased.
    qint64 disputedMinor = 0;
    int oldestDaysPastDue = 0;
    /// Days after the due date the customer paid, on average, over the past year.
    std::optional<int> averageDaysLate;
    QDate lastContact; ///< invalid: never contacted
    /// Open promises and those that came due within the strategy's memory.
    QList<PromiseState> promises;
    /// Open tasks due on the day or before.
    QList<FollowUpTask> dueTasks;
    bool hasPhone = false;
    bool hasEmail = false;
    bool doneToday = false;

    qint64 collectibleMinor() const;
};

} // namespace cc::collections
