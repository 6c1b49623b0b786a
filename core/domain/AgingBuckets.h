// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QStringList>

namespace cc {

/// Days-past-due boundaries of an aging report. The default {30, 60, 90, 120} gives
/// current, d1_30, d31_60, d61_90, d91_120 and over_120.
class AgingBuckets {
public:
    AgingBuckets()
        : m_upperBounds { 30, 60, 90, 120 }
    {
    }
    /// Strictly increasing positive bounds, e.g. "15,30,60".
    static Result<AgingBuckets> parse(QStringView bounds);

    const QList<int> &upperBounds() const { return m_upperBounds; }
    int count() const { return int(m_upperBounds.size()) + 2; }
    /// Machine names: current, d1_30, …, over_120.
    QStringList keys() const;
    /// The days past due of bucket `index`: after `first` (exclusive), up to `second`.
    std::pair<int, int> daysPastDue(int index) const;

private:
    explicit AgingBuckets(QList<int> bounds)
        : m_upperBounds(std::move(bounds))
    {
    }
    QList<int> m_upperBounds;
};

} // namespace cc
