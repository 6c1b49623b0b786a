// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cc::cli {

/// `cashcycle-cli paylink`: set up the checkout provider, make "pay now" links, record paid ones.
int runPayLinkCommand(const QStringList &arguments);

} // namespace cc::cli
