// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cc::cli {

/// `cashcycle-cli statement import FILE`: a bank statement file into the workspace;
/// `statement mapping list|show|save`: the team's saved CSV mappings.
int runBankStatementCommand(const QStringList &arguments);

} // namespace cc::cli
