// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerProbe.h"

#include "PgConnection.h"
#include "ServerMigrations.h"

namespace cc::server {

Result<QString> ServerProbe::describe(const QString &uri)
{
    auto conn = PgConnection::open(uri);
    if (!conn)
        return conn.error();
    auto info = (*conn)->exec(
        QStringLiteral("SELECT split_part(current_setting('server_version'), ' ', 1), COALESCE((SELECT ssl FROM pg_stat_ssl "
                       "WHERE pid = pg_backend_pid()), false)"));
    if (!info)
        return info.error();
    if (auto status = ServerMigrations::checkCompatible(**conn); !status)
        return status.error();
    const bool encrypted = info->text(0, 1) == QLatin1String("t");
    return encrypted ? tr("Connected to PostgreSQL %1 over TLS; CashCycle schema version %2.")
                           .arg(info->text(0, 0))
                           .arg(ServerMigrations::latestVersion())
                     : tr("Connected to PostgreSQL %1 without encryption; CashCycle schema version %2.")
                           .arg(info->text(0, 0))
                           .arg(ServerMigrations::latestVersion());
}

} // namespace cc::server
