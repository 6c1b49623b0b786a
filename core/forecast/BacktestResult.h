// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cc::forecast {

/// How well payment dates were predicted for invoices open at a cutoff and paid later, against
/// the naive baseline (the due date, or the day after the cutoff when already overdue).
struct BacktestResult {
    int invoices = 0;
    double meanAbsoluteErrorDays = 0;
    double withinSevenDays = 0; ///< share of predictions at most 7 days off
    double baselineMeanAbsoluteErrorDays = 0;
    double baselineWithinSevenDays = 0;
};

} // namespace cc::forecast
