// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <array>

namespace cc::collections {

/// How a team ranks its accounts: the weight of each factor, the smallest collectible amount
/// worth a contact, which accounts warrant a call rather than an email, and how much each
/// customer segment counts. A team lead edits it; it is kept in the workspace as JSON.
struct WorklistStrategy {
    Q_DECLARE_TR_FUNCTIONS(WorklistStrategy)

public:
    /// Points per factor; see WorklistScorer for what each multiplies.
    int overdueWeight = 10;
    int daysPastDueWeight = 1;
    int latenessWeight = 1;
    int riskWeight = 1;
    int brokenPromiseWeight = 15;
    int promiseDueWeight = 20;
    int promisePendingWeight = 25;
    int noContactWeight = 1;
    int valueWeight = 3;
    int followUpWeight = 20;
    /// How much overdue money counts in each bucket (1–30, 31–60, 61–90, over 90 days), in percent.
    std::array<int, 4> bucketPercent { 100, 150, 200, 300 };
    /// Accounts with less collectible overdue money (in minor units) are left off, unless a
    /// promise or follow-up is due.
    qint64 minimumMinor = 10000;
    /// From this collectible amount (minor units) on, or with a broken promise, risk class C
    /// or D, or anything over 60 days, an account is called; below it, emailed.
    qint64 callFromMinor = 500000;
    /// Percent by segment; 0 leaves the segment off the list. Unlisted segments count 100.
    QHash<QString, int> segmentPercent;
    /// Broken promises count for this many days.
    int promiseMemoryDays = 90;

    QJsonObject toJson() const;
    /// Missing fields keep their defaults; wrong types or negative weights are an error.
    static Result<WorklistStrategy> fromJson(const QJsonObject &json);
};

} // namespace cc::collections
