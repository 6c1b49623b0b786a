// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamSettings.h"

#include "storage/Transaction.h"
#include "sync/Outbox.h"

#include <QJsonDocument>

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

Result<QJsonObject> TeamSettings::object(const QString &key)
{
    auto stored = value(key);
    if (!stored)
        return stored.error();
    return QJsonDocument::fromJson(stored->value_or(QString()).toUtf8()).object();
}

Status TeamSettings::setObject(const QString &key, const QJsonObject &object)
{
    return setValue(key, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

} // namespace cc::services
