// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace cc::server {

/// What a user may do on the server; each is a PostgreSQL group role that row-level security
/// and grants are written against, so it holds for any client, psql included.
enum class ServerRole { Collector, CreditManager, Cfo, Admin };

/// "collector", "credit_manager", "cfo" or "admin".
std::optional<ServerRole> serverRoleFromName(QStringView name);
/// The PostgreSQL group role: cashcycle_collector, cashcycle_credit_manager, …
QString groupRoleName(ServerRole role);

} // namespace cc::server
