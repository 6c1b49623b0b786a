// SPDX-License-Identifier: GPL-3.0-or-later
#include "CashForecast.h"

#include "domain/Currency.h"

#include <cmath>

namespace cc::forecast {
namespace {

double normalCdf(double x)
{
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

// Four times in five within ±1.2816 standard deviations.
constexpr double kBand = 1.2816;

} // namespace

double CashForecast::chanceWithin(
    const ExpectedReceipt &receipt, const QDate &first, const QDate &last, const QDate &from)
{
    const QDate expected = std::max(receipt.expectedOn, from);
    if (receipt.spreadDays < 0.5)
        return expected >= first && expected <= last ? 1.0 : 0.0;
    const double mean = double(from.daysTo(receipt.expectedOn));
    const auto below
        = [&](const QDate &day) { return normalCdf((double(from.daysTo(day)) - 0.5 - mean) / receipt.spreadDays); };
    const double possible = 1.0 - below(from);
    if (possible <= 1e-12)
        return first == from ? 1.0 : 0.0;
    return (below(last.addDays(1)) - below(first)) / possible;
}

QList<double> CashForecast::weeklyChances(const ExpectedReceipt &receipt, const QDate &from, int weeks)
{
    QList<double> chances(weeks, 0.0);
    fillWeeklyChances(receipt, from, chances);
    return chances;
}

void CashForecast::fillWeeklyChances(const ExpectedReceipt &receipt, const QDate &from, std::span<double> chances)
{
    const int weeks = int(chances.size());
    std::fill(chances.begin(), chances.end(), 0.0);
    if (receipt.spreadDays < 0.5) {
        const qint64 week = from.daysTo(std::max(receipt.expectedOn, from)) / 7;
        if (week < weeks)
            chances[week] = 1.0;
        return;
    }
    // The distribution function once at each week's first day, as chanceWithin computes it.
    const double mean = double(from.daysTo(receipt.expectedOn));
    const auto below = [&](int day) { return normalCdf((day - 0.5 - mean) / receipt.spreadDays); };
    const double first = below(0);
    const double possible = 1.0 - first;
    if (possible <= 1e-12) {
        chances[0] = 1.0;
        return;
    }
    double previous = first;
    for (int week = 0; week < weeks; ++week) {
        const double next = below(7 * (week + 1));
        chances[week] = (next - previous) / possible;
        previous = next;
    }
}

QMap<QString, QList<ForecastWeek>> CashForecast::weekly(
    const QList<ExpectedReceipt> &receipts, const QDate &from, int weeks)
{
    // Sums per currency in plain vectors and one buffer for the chances: a million receipts
    // allocate nothing.
    QMap<QString, std::vector<double>> expected;
    QMap<QString, std::vector<double>> variance;
    std::vector<double> chances(weeks);
    QString lastCurrency;
    std::vector<double> *sums = nullptr;
    std::vector<double> *spread = nullptr;
    for (const ExpectedReceipt &receipt : receipts) {
        if (!sums || receipt.currency != lastCurrency) {
            lastCurrency = receipt.currency;
            sums = &expected[receipt.currency];
            spread = &variance[receipt.currency];
            if (sums->empty()) {
                sums->assign(weeks, 0.0);
                spread->assign(weeks, 0.0);
            }
        }
        fillWeeklyChances(receipt, from, chances);
        const double amount = double(receipt.minor);
        for (int week = 0; week < weeks; ++week) {
            const double p = chances[week];
            (*sums)[week] += amount * p;
            (*spread)[week] += amount * amount * p * (1 - p);
        }
    }
    QMap<QString, QList<ForecastWeek>> forecast;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto currency = Currency::fromCode(it.key());
        if (!currency)
            continue;
        QList<ForecastWeek> rows;
        for (int week = 0; week < weeks; ++week) {
            const double mean = it.value()[week];
            const double band = kBand * std::sqrt(variance[it.key()][week]);
            rows.append({ from.addDays(7 * week), from.addDays(7 * week + 6), Money(std::llround(mean), *currency),
                Money(std::llround(std::max(0.0, mean - band)), *currency),
                Money(std::llround(mean + band), *currency) });
        }
        forecast.insert(it.key(), rows);
    }
    return forecast;
}

} // namespace cc::forecast
