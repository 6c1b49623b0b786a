// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace cc::server {

/// What "Test connection" found: the server answers, and runs a schema this CashCycle knows.
class ServerProbe {
    Q_DECLARE_TR_FUNCTIONS(ServerProbe)

public:
    /// Connects with `uri`, reads the server version and checks the CashCycle schema.
    /// Blocks for up to the URI's connect_timeout: call it off the GUI thread.
    static Result<QString> describe(const QString &uri);
};

} // namespace cc::server
