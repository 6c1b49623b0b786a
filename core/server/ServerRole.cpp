// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerRole.h"

namespace cc::server {
namespace {

QString shortName(ServerRole role)
{
    switch (role) {
    case ServerRole::Collector:
        return QStringLiteral("collector");
    case ServerRole::CreditManager:
        return QStringLiteral("credit_manager");
    case ServerRole::Cfo:
        return QStringLiteral("cfo");
    case ServerRole::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

} // namespace

std::optional<ServerRole> serverRoleFromName(QStringView name)
{
    for (auto role : { ServerRole::Collector, ServerRole::CreditManager, ServerRole::Cfo, ServerRole::Admin }) {
        if (name == shortName(role))
            return role;
    }
    return std::nullopt;
}

QString groupRoleName(ServerRole role)
{
    return QStringLiteral("cashcycle_") + shortName(role);
}

} // namespace cc::server
