// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"

#include <QDate>

namespace cc::collections {

/// One reason an account is on the worklist where it is, with the points it adds. The words
/// are made by services::WorklistText in the reader's locale.
struct WorklistReason {
    enum class Kind {
        Overdue, ///< amount overdue; days: the oldest bucket's lower bound (0, 30, 60, 90)
        PromiseBroken, ///< date: the promised day
        PromisePartial, ///< date: the promised day; amount: what is still missing
        PromiseDue, ///< amount promised for today
        PromisePending, ///< amount promised for date, not yet due (lowers the score)
        FollowUpDue, ///< text: the task; date: its due day
        NoContact, ///< days since the last contact
        NeverContacted,
        PaysLate, ///< days late on average
        RiskClass, ///< text: the class
        AccountValue, ///< amount open in all
        Disputed, ///< amount disputed, left out of the collectible amount
    };
    Kind kind = Kind::Overdue;
    double points = 0;
    Money amount;
    QDate date;
    int days = 0;
    QString text;
};

} // namespace cc::collections
