// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PgConnection.h"
#include "ServerRole.h"

namespace cc::server {

/// Managing who may use the server. Needs a connection whose user may create roles.
class ServerAdmin {
    Q_DECLARE_TR_FUNCTIONS(ServerAdmin)

public:
    /// Creates a PostgreSQL login in `role`'s group with a SCRAM-SHA-256 password. Admins may
    /// create further users themselves.
    static Status addUser(PgConnection &conn, const QString &name, ServerRole role, const QString &password);
    /// A random password for a new user: 24 characters from a 64-letter alphabet (144 bits).
    static QString generatePassword();
};

} // namespace cc::server
