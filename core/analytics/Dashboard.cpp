// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dashboard.h"

#include <numeric>

namespace cc::analytics {

qint64 AgingSeries::total() const
{
    return std::accumulate(buckets.cbegin(), buckets.cend(), qint64(0));
}

std::optional<double> PromiseMonth::keptPercent() const
{
    if (due == 0)
        return std::nullopt;
    return 100.0 * kept / due;
}

std::optional<double> DisputeMonth::averageCycleDays() const
{
    if (resolved == 0)
        return std::nullopt;
    return double(cycleDays) / resolved;
}

qint64 Dashboard::agingTotal() const
{
    return std::accumulate(aging.cbegin(), aging.cend(), qint64(0));
}

} // namespace cc::analytics
