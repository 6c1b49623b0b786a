// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentPredictor.h"

#include <algorithm>
#include <cmath>

namespace cc::forecast {

void PaymentPredictor::learn(const QString &customerId, const QDate &due, const QDate &settled, const QDate &asOf)
{
    const double weight = std::pow(0.5, double(settled.daysTo(asOf)) / HalfLifeDays);
    const double delay = double(due.daysTo(settled));
    for (Sums *sums : { &m_everyone, &m_customers[customerId] }) {
        sums->weight += weight;
        sums->weightedDelay += weight * delay;
        sums->weightedSquares += weight * delay * delay;
    }
}

double PaymentPredictor::expectedDelay(const QString &customerId) const
{
    const double common = m_everyone.weight > 0 ? m_everyone.weightedDelay / m_everyone.weight : 0;
    const Sums own = m_customers.value(customerId);
    return (own.weightedDelay + PriorWeight * common) / (own.weight + PriorWeight);
}

double PaymentPredictor::delaySpread(const QString &customerId) const
{
    const auto meanSquare = [](const Sums &sums) { return sums.weight > 0 ? sums.weightedSquares / sums.weight : 0; };
    const double common = meanSquare(m_everyone);
    const Sums own = m_customers.value(customerId);
    const double square = (own.weightedSquares + PriorWeight * common) / (own.weight + PriorWeight);
    const double mean = expectedDelay(customerId);
    return std::sqrt(std::max(0.0, square - mean * mean));
}

QDate PaymentPredictor::predict(const QString &customerId, const QDate &due, const QDate &asOf) const
{
    const QDate expected = due.addDays(qint64(std::lround(expectedDelay(customerId))));
    return expected > asOf ? expected : asOf.addDays(1);
}

} // namespace cc::forecast
