// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cc::cli {

/// `cashcycle-cli dunning run --date D [--dry-run] | strategy [--set FILE]`: the daily dunning
/// run headless, and the strategy it follows.
int runDunningCommand(const QStringList &arguments);

} // namespace cc::cli
