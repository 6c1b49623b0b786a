// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cc::cli {

/// `cashcycle-cli forecast backtest`: how well payment dates are predicted, replayed as of a cutoff.
int runForecastCommand(const QStringList &arguments);

} // namespace cc::cli
