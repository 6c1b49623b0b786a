// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cc::cli {

/// `cashcycle-cli aging`: receivables by days past due as of a date.
int runAgingCommand(const QStringList &arguments);

} // namespace cc::cli
