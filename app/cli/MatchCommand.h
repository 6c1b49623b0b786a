// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cc::cli {

/// `cashcycle-cli match`: matches imported bank credits to open invoices, posts the sure ones,
/// prints every line with its status, confidence, matches and reasons; `match undo ID` and
/// `match dismiss ID` act on one line.
int runMatchCommand(const QStringList &arguments);

} // namespace cc::cli
