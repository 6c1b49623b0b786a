// SPDX-License-Identifier: GPL-3.0-or-later
#include "Kpis.h"

namespace cc::analytics {

std::optional<double> Kpis::countBack(const KpiPeriod &period)
{
    const qint64 sales = period.creditSales();
    if (period.months.isEmpty() || sales <= 0)
        return std::nullopt;
    double days = 0;
    qint64 left = period.endingReceivables;
    for (const KpiPeriod::Month &month : period.months) {
        if (left <= 0)
            return days;
        if (month.creditSales <= 0 || left >= month.creditSales) {
            days += month.days();
            left -= std::max<qint64>(month.creditSales, 0);
        } else {
            return days + double(left) / double(month.creditSales) * month.days();
        }
    }
    return days + double(left) / (double(sales) / period.days());
}

Kpis Kpis::of(const KpiPeriod &period)
{
    Kpis kpis;
    const qint64 sales = period.creditSales();
    const int days = period.days();
    if (sales > 0) {
        kpis.dso = double(period.endingReceivables) / double(sales) * days;
        kpis.bestPossibleDso = double(period.endingCurrent) / double(sales) * days;
        kpis.averageDaysDelinquent = *kpis.dso - *kpis.bestPossibleDso;
        kpis.countBackDso = countBack(period);
    }
    const qint64 collectible = period.beginningReceivables + sales - period.endingCurrent;
    if (collectible != 0)
        kpis.cei = double(period.beginningReceivables + sales - period.endingReceivables) / double(collectible) * 100;
    if (period.endingReceivables != 0)
        kpis.percentCurrent = double(period.endingCurrent) / double(period.endingReceivables) * 100;
    return kpis;
}

} // namespace cc::analytics
