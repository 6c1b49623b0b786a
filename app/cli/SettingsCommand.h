// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cc::cli {

/// `cashcycle-cli settings set KEY VALUE | get KEY | list`: the workspace's settings for mail,
/// the company's details and payment links; the SMTP password goes to the keychain.
int runSettingsCommand(const QStringList &arguments);

} // namespace cc::cli
