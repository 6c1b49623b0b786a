// SPDX-License-Identifier: GPL-3.0-or-later
#include "KpiPeriod.h"

namespace cc::analytics {

qint64 KpiPeriod::creditSales() const
{
    qint64 sum = 0;
    for (const Month &month : months)
        sum += month.creditSales;
    return sum;
}

void KpiPeriod::addCreditSales(const QDate &day, qint64 minor)
{
    for (Month &month : months) {
        if (day > month.start && day <= month.end) {
            month.creditSales += minor;
            return;
        }
    }
}

int KpiPeriod::days() const
{
    return months.isEmpty() ? 0 : int(months.last().start.daysTo(months.first().end));
}

QList<KpiPeriod::Month> KpiPeriod::monthsEnding(const QDate &asOf, int months)
{
    QList<Month> list;
    for (int k = 0; k < months; ++k)
        list.append({ asOf.addMonths(-(k + 1)), asOf.addMonths(-k), 0 });
    return list;
}

} // namespace cc::analytics
