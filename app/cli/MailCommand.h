// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cc::cli {

/// `cashcycle-cli mail send CUSTOMER --template KEY | flush | outbox`: writes a message to a
/// customer from a template, sends what the outbox has due, and lists the outbox.
int runMailCommand(const QStringList &arguments);

} // namespace cc::cli
