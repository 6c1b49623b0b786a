// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cc::cli {

/// `cashcycle-cli dispute`: open disputes on invoices, list the queue, move them on.
int runDisputeCommand(const QStringList &arguments);

} // namespace cc::cli
