// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "storage/SqlDatabase.h"

#include <QJsonObject>

#include <optional>

namespace cc::services {

/// What a team shares, such as its worklist and dunning strategies: kept in team_settings,
/// changed through the sync outbox, so a team lead's change reaches every desktop. The server
/// lets only credit managers and admins change them.
class TeamSettings {
public:
    TeamSettings(storage::SqlDatabase &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    Result<std::optional<QString>> value(const QString &key);
    Status setValue(const QString &key, const QString &value);
    /// A setting kept as a JSON object (limits per currency, say); empty when it is not set.
    Result<QJsonObject> object(const QString &key);
    Status setObject(const QString &key, const QJsonObject &object);

private:
    storage::SqlDatabase &m_db;
    const Clock &m_clock;
};

} // namespace cc::services
