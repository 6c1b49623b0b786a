// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KpiPeriod.h"

#include <optional>

namespace cc::analytics {

/// The receivables KPIs of one currency over a period (definitions in the README):
/// standard DSO = ending receivables ÷ credit sales × days; count-back DSO walks back month
/// by month through credit sales until the ending receivables are used up; best possible DSO
/// = current receivables ÷ credit sales × days; average days delinquent = DSO − BPDSO;
/// CEI = (beginning + sales − ending total) ÷ (beginning + sales − ending current) × 100;
/// % current = current ÷ total receivables × 100. A ratio without a denominator is none.
struct Kpis {
    std::optional<double> dso;
    std::optional<double> countBackDso;
    std::optional<double> bestPossibleDso;
    std::optional<double> averageDaysDelinquent;
    std::optional<double> cei;
    std::optional<double> percentCurrent;

    static Kpis of(const KpiPeriod &period);
    /// Count-back DSO alone: past the period's oldest month, what is left is turned into days
    /// at the period's average daily sales.
    static std::optional<double> countBack(const KpiPeriod &period);
};

} // namespace cc::analytics
