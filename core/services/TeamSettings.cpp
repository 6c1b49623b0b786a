// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamSettings.h"

#include "storage/Transaction.h"
#include "sync/Outbox.h"

namespace cc::services {

Result<std::optional<QString>> TeamSettings::value(const QString &key)
{
    auto query = m_db.prepare(QStringLiteral("SELECT value FROM team_settings WHERE key = ?1"));
    if (!query)
        return query.error();
    auto found = query->bind(1, key).next();
    if (!found)
        return found.error();
    return *found ? std::optional<QString>(query->text(0)) : std::nullopt;
}

Status TeamSettings::setValue(const QString &key, const QString &value)
{
    auto current = this->value(key);
    if (!current)
        return current.error();
    storage::Transaction transaction(m_db);
    if (auto status = transaction.begin(); !status)
        return status;
    sync::Outbox outbox(m_db, m_clock);
    const sync::FieldValues change { { QStringLiteral("value"), value } };
    auto queued = *current ? outbox.update(QStringLiteral("team_settings"), key, change)
                           : outbox.insert(QStringLiteral("team_settings"), key, change);
    if (!queued)
        return queued.error();
    return transaction.commit();
}

} // namespace cc::services
