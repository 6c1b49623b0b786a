// SPDX-License-Identifier: GPL-3.0-or-later
#include "CurrentUser.h"

#include "server/ServerAccount.h"

#include <QSettings>

namespace cc::ui {

QString currentUser()
{
    QSettings settings;
    const QString user = server::ServerAccount::load(settings).user;
    if (!user.isEmpty())
        return user;
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

} // namespace cc::ui
