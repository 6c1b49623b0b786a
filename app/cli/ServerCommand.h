// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cc::cli {

/// `cashcycle-cli server init|add-user …`: sets up and administers the shared server.
int runServerCommand(const QStringList &arguments);

} // namespace cc::cli
