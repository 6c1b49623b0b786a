// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentPredictor.h"

#include <algorithm>
#include <cmath>

namespace cc::forecast {

void PaymentPredictor::learn(const QString &customerId, const QDate &due, const QDate &settled, const QDate &asOf)
{
    const double weight = std::pow(0.5, double(settled.daysTo(asOf)) / HalfLifeDays);
    const double delay = double(due.daysTo(settled));
    for (Sums *sums : { &m_everyone, &m_groups[m_groupOf.value(customerId)], &m_customers[customerId] }) {
        sums->weight += weight;
        sums->weightedDelay += weight * delay;
        sums->weightedSquares += weight * delay * delay;
    }
}

PaymentPredictor::Moments PaymentPredictor::drawn(const Sums &own, const Moments &prior, double priorWeight)
{
    return { (own.weightedDelay + priorWeight * prior.delay) / (own.weight + priorWeight),
        (own.weightedSquares + priorWeight * prior.square) / (own.weight + priorWeight) };
}

PaymentPredictor::Moments PaymentPredictor::customerMoments(const QString &customerId) const
{
    const Moments everyone = m_everyone.weight > 0
        ? Moments { m_everyone.weightedDelay / m_everyone.weight, m_everyone.weightedSquares / m_everyone.weight }
        : Moments {};
    const Moments group = drawn(m_groups.value(m_groupOf.value(customerId)), everyone, GroupPriorWeight);
    return drawn(m_customers.value(customerId), group, PriorWeight);
}

double PaymentPredictor::expectedDelay(const QString &customerId) const
{
    return customerMoments(customerId).delay;
}

double PaymentPredictor::delaySpread(const QString &customerId) const
{
    const Moments moments = customerMoments(customerId);
    return std::sqrt(std::max(0.0, moments.square - moments.delay * moments.delay));
}

QDate PaymentPredictor::predict(const QString &customerId, const QDate &due, const QDate &asOf) const
{
    return predict(expectedDelay(customerId), due, asOf);
}

QDate PaymentPredictor::predict(double expectedDelay, const QDate &due, const QDate &asOf)
{
    const QDate expected = due.addDays(qint64(std::lround(expectedDelay)));
    return expected > asOf ? expected : asOf.addDays(1);
}

} // namespace cc::forecast
