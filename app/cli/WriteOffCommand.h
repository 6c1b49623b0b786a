// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cc::cli {

/// `cashcycle-cli writeoff`: request, list, approve and reject write-offs; the team's limits.
int runWriteOffCommand(const QStringList &arguments);

} // namespace cc::cli
