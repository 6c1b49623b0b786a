// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsRepository.h"

namespace cc::storage {

Result<std::optional<QString>> SettingsRepository::value(const QString &key)
{
    auto query = m_db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?1"));
    if (!query)
        return query.error();
    auto row = query->bind(1, key).next();
    if (!row)
        return row.error();
    return *row ? std::optional<QString>(query->text(0)) : std::nullopt;
}

Status SettingsRepository::setValue(const QString &key, const QString &value)
{
    auto statement = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)"));
    if (!statement)
        return statement.error();
    return statement->bind(1, key).bind(2, value).run();
}

} // namespace cc::storage
