// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace cc {

/// Names shared by the GUI and the CLI, so both find the same default workspace,
/// settings and keychain entries.
inline void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CashCycle"));
    QCoreApplication::setApplicationName(QStringLiteral("CashCycle"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASHCYCLE_VERSION));
}

} // namespace cc
