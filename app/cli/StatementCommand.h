// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cc::cli {

/// `cashcycle-cli statement CUSTOMER --out FILE.pdf | --segment S --out-dir DIR`: statements
/// of account as PDF, one or a batch.
int runStatementCommand(const QStringList &arguments);

} // namespace cc::cli
