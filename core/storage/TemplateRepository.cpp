// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateRepository.h"

namespace cc::storage {

using messaging::MessageTemplate;

Result<MessageTemplate> TemplateRepository::find(const QString &key, const QString &language)
{
    QStringList languages { language, language.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0),
        QStringLiteral("en") };
    languages.removeAll(QString());
    languages.removeDuplicates();
    auto query
        = m_db.prepare(QStringLiteral("SELECT subject, body FROM message_templates WHERE key = ?1 AND language = ?2"));
    if (!query)
        return query.error();
    for (const QString &candidate : std::as_const(languages)) {
        auto found = query->bind(1, key).bind(2, candidate).next();
        if (!found)
            return found.error();
        if (*found)
            return MessageTemplate { key, candidate, query->text(0), query->text(1) };
        query->reset();
        for (const MessageTemplate &builtIn : MessageTemplate::builtIn()) {
            if (builtIn.key == key && builtIn.language == candidate)
                return builtIn;
        }
    }
    return makeError(ErrorCode::NotFound, QStringLiteral("there is no message template \"%1\"").arg(key));
}

Status TemplateRepository::save(const MessageTemplate &messageTemplate)
{
    auto statement = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO message_templates (key, language, subject, body) VALUES (?1, ?2, ?3, ?4)"));
    if (!statement)
        return statement.error();
    return statement->bind(1, messageTemplate.key)
        .bind(2, messageTemplate.language)
        .bind(3, messageTemplate.subject)
        .bind(4, messageTemplate.body)
        .run();
}

Result<QStringList> TemplateRepository::keys()
{
    QStringList keys;
    for (const MessageTemplate &builtIn : MessageTemplate::builtIn())
        keys << builtIn.key;
    auto query = m_db.prepare(QStringLiteral("SELECT DISTINCT key FROM message_templates"));
    if (!query)
        return query.error();
    auto read = query->forEachRow([&]() -> Status {
        keys << query->text(0);
        return success();
    });
    if (!read)
        return read.error();
    keys.removeDuplicates();
    keys.sort();
    return keys;
}

} // namespace cc::storage
