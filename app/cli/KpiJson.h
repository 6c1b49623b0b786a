// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/Kpis.h"

#include <QJsonObject>

namespace cc::cli {

/// A figure rounded to two decimals, or null when there is none.
QJsonValue roundedJson(const std::optional<double> &value);
/// The KPIs under the names `kpi` prints: dso, countback_dso, bpdso, add, cei, pct_current.
QJsonObject kpiJson(const analytics::Kpis &kpis);

} // namespace cc::cli
