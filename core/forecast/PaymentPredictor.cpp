// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentPredictor.h"

#include <cmath>

namespace cc::forecast {

void PaymentPredictor::learn(const QString &customerId, const QDate &due, const QDate &settled, const QDate &asOf)
{
    const double weight = std::pow(0.5, double(settled.daysTo(asOf)) / HalfLifeDays);
    const double delay = double(due.daysTo(settled));
    for (Sums *sums : { &m_everyone, &m_customers[customerId] }) {
        sums->weight += weight;
        sums->weightedDelay += weight * delay;
    }
}

double PaymentPredictor::expectedDelay(const QString &customerId) const
{
    const double common = m_everyone.weight > 0 ? m_everyone.weightedDelay / m_everyone.weight : 0;
    const Sums own = m_customers.value(customerId);
    return (own.weightedDelay + PriorWeight * common) / (own.weight + PriorWeight);
}

QDate PaymentPredictor::predict(const QString &customerId, const QDate &due, const QDate &asOf) const
{
    const QDate expected = due.addDays(qint64(std::lround(expectedDelay(customerId))));
    return expected > asOf ? expected : asOf.addDays(1);
}

} // namespace cc::forecast
