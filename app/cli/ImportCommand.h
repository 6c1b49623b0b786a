// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cc::cli {

/// `cashcycle-cli import customers|invoices|payments FILE`: all rows or none.
int runImportCommand(const QStringList &arguments);

} // namespace cc::cli
