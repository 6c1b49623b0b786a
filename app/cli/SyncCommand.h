// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cc::cli {

/// `cashcycle-cli sync`: one round with the server, headless; creates the workspace on a
/// new desktop's first sync.
int runSyncCommand(const QStringList &arguments);

} // namespace cc::cli
