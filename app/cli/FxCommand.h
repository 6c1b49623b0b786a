// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cc::cli {

/// `cashcycle-cli fx`: the exchange-rate table (import from CSV, look a rate up).
int runFxCommand(const QStringList &arguments);

} // namespace cc::cli
