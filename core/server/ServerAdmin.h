// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PgConnection.h"
#include "ServerRole.h"

namespace cc::server {

/// Managing who may use the server: the connection's user is the schema owner or an admin.
class ServerAdmin {
    Q_DECLARE_TR_FUNCTIONS(ServerAdmin)

public:
    /// Creates a PostgreSQL login in `role`'s group with a SCRAM-SHA-256 password, allowed to
    /// connect to this database only.
    static Status addUser(PgConnection &conn, const QString &name, ServerRole role, const QString &password);
    /// A random password for a new user: 24 characters from a 64-letter alphabet (144 bits).
    static QString generatePassword();
};

} // namespace cc::server
