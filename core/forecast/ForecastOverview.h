// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExpectedReceipt.h"
#include "ForecastWeek.h"

#include <QStringList>

namespace cc::forecast {

/// The cash forecast as the CFO sees it, in one base currency at the rates of the as-of day:
/// the weeks ahead with what each expects and why, and beside it how the forecast made some
/// weeks ago compares with what those invoices actually brought in since.
struct ForecastOverview {
    QDate asOf;
    QString base;
    QStringList withoutRate; ///< currencies left out: no rate into the base

    QList<ForecastWeek> ahead; ///< from the day after asOf
    QList<ExpectedReceipt> receipts; ///< behind `ahead`, in the base

    QDate trackedFrom; ///< the first day of the earlier forecast
    QList<ForecastWeek> tracked; ///< what was forecast then, week by week up to asOf
    QList<qint64> collected; ///< what the invoices open then brought in each of those weeks
};

} // namespace cc::forecast
