// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cc::cli {

/// `cashcycle-cli edit TABLE KEY FIELD=VALUE…|--delete`: changes a synced row in the
/// workspace and queues the change for the server.
int runEditCommand(const QStringList &arguments);

} // namespace cc::cli
