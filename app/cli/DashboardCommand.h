// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cc::cli {

/// `cashcycle-cli dashboard`: what the CFO dashboard shows as of a day, as JSON.
int runDashboardCommand(const QStringList &arguments);

} // namespace cc::cli
