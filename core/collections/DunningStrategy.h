// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace cc::collections {

/// One step of dunning: when it is due, what it sends and what it costs.
struct DunningLevel {
    QString name;
    /// Due from this many days past the due date on (negative: before it).
    int minDaysPastDue = 0;
    /// Skipped once an invoice is further past due (a reminder before the due date).
    std::optional<int> maxDaysPastDue;
    QString templateKey;
    QString channel = QStringLiteral("email"); ///< "email" or "sms"
    /// Days since the invoice's previous notice before this one may follow.
    int minIntervalDays = 0;
    qint64 feeMinor = 0; ///< in the customer's currency
    /// Segments the level applies to; empty: every segment.
    QStringList segments;

    bool appliesTo(const QString &segment) const { return segments.isEmpty() || segments.contains(segment); }
};

/// The levels an invoice goes through, in order, and the smallest amount worth a notice.
struct DunningStrategy {
    Q_DECLARE_TR_FUNCTIONS(DunningStrategy)

public:
    QList<DunningLevel> levels;
    qint64 minimumMinor = 1000;

    /// A friendly reminder three days before the due date, then first, second and final
    /// notices 7, 21 and 35 days after it, at least 10 days apart, the last two with a fee.
    static DunningStrategy standard();
    QJsonObject toJson() const;
    static Result<DunningStrategy> fromJson(const QJsonObject &json);
    /// The first problem that would make the strategy misbehave, named by level.
    Status validate() const;
};

} // namespace cc::collections
