// SPDX-License-Identifier: GPL-3.0-or-later
#include "KpiJson.h"

#include <cmath>

namespace cc::cli {

QJsonValue roundedJson(const std::optional<double> &value)
{
    return value ? QJsonValue(std::round(*value * 100) / 100) : QJsonValue(QJsonValue::Null);
}

QJsonObject kpiJson(const analytics::Kpis &kpis)
{
    return { { QStringLiteral("dso"), roundedJson(kpis.dso) },
        { QStringLiteral("countback_dso"), roundedJson(kpis.countBackDso) },
        { QStringLiteral("bpdso"), roundedJson(kpis.bestPossibleDso) },
        { QStringLiteral("add"), roundedJson(kpis.averageDaysDelinquent) },
        { QStringLiteral("cei"), roundedJson(kpis.cei) },
        { QStringLiteral("pct_current"), roundedJson(kpis.percentCurrent) } };
}

} // namespace cc::cli
