// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cc::cli {

/// `cashcycle-cli payment`: record, list, apply, refund and reverse payments.
int runPaymentCommand(const QStringList &arguments);

} // namespace cc::cli
