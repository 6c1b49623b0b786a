// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cc::cli {

/// `cashcycle-cli order`: enter, list, release (credit check), decide held orders, invoice.
int runOrderCommand(const QStringList &arguments);

} // namespace cc::cli
