// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cc::cli {

/// `cashcycle-cli credit`: limit requests and decisions, holds, risk scores and reviews.
int runCreditCommand(const QStringList &arguments);

} // namespace cc::cli
