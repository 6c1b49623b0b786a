// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Activity.h"
#include "FollowUpTask.h"
#include "PromiseState.h"

#include <QList>

namespace cc::collections {

/// Everything recorded about working one account, for its timeline.
struct AccountHistory {
    QList<Activity> activities;  ///< newest first
    QList<PromiseState> promises; ///< newest first, with their state today
    QList<FollowUpTask> tasks;   ///< open first
};

} // namespace cc::collections
