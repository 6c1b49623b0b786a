// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cc::cli {

/// `cashcycle-cli demo`: fills a new workspace with deterministic demo receivables.
int runDemoCommand(const QStringList &arguments);

} // namespace cc::cli
