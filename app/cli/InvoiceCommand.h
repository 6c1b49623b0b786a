// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cc::cli {

/// `cashcycle-cli invoice`: list documents, write a draft, issue it, credit an invoice.
int runInvoiceCommand(const QStringList &arguments);

} // namespace cc::cli
