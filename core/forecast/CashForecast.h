// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExpectedReceipt.h"
#include "ForecastWeek.h"

#include <QMap>
#include <span>

namespace cc::forecast {

/// Spreads expected receipts over weeks. Each receipt's day is taken as normally distributed
/// around its expected day with its spread (nothing before the first day); a week expects each
/// amount times the chance it lands in the week, and its 80 % band is the expectation plus or
/// minus 1.28 standard deviations of that sum (receipts independent).
class CashForecast {
public:
    /// `weeks` weeks from `from`, per currency code.
    static QMap<QString, QList<ForecastWeek>> weekly(
        const QList<ExpectedReceipt> &receipts, const QDate &from, int weeks);
    /// The chance a receipt lands in each of `weeks` weeks from `from`: chanceWithin for each week,
    /// the distribution function evaluated once per week boundary.
    static QList<double> weeklyChances(const ExpectedReceipt &receipt, const QDate &from, int weeks);
    /// The same into `chances`, one per week.
    static void fillWeeklyChances(const ExpectedReceipt &receipt, const QDate &from, std::span<double> chances);
    /// The chance a receipt lands from `first` to `last` (whole days), given it lands on `from` or later.
    static double chanceWithin(
        const ExpectedReceipt &receipt, const QDate &first, const QDate &last, const QDate &from);
};

} // namespace cc::forecast
