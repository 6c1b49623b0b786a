// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cc::cli {

/// `cashcycle-cli latefee`: the team's late-payment policy, and charging a customer by it.
int runLateFeeCommand(const QStringList &arguments);

} // namespace cc::cli
