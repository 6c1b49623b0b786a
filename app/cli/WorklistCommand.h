// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cc::cli {

/// `cashcycle-cli worklist`: a collector's ranked accounts for a day, with reasons.
int runWorklistCommand(const QStringList &arguments);

} // namespace cc::cli
