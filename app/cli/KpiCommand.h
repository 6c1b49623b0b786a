// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cc::cli {

/// `cashcycle-cli kpi`: DSO (standard and count-back), best possible DSO, average days
/// delinquent, CEI and % current per currency over months ending on a date.
int runKpiCommand(const QStringList &arguments);

} // namespace cc::cli
