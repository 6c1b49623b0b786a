// SPDX-License-Identifier: GPL-3.0-or-later
#include "PayerLinkRepository.h"

namespace cc::storage {
namespace {

QString kindName(PayerLinkRepository::Kind kind)
{
    switch (kind) {
    case PayerLinkRepository::Kind::Account:
        return QStringLiteral("account");
    case PayerLinkRepository::Kind::Name:
        return QStringLiteral("name");
    case PayerLinkRepository::Kind::Token:
        return QStringLiteral("token");
    }
    return {};
}

} // namespace

Status PayerLinkRepository::learn(
    Kind kind, const QString &key, const QString &customerId, const QString &lineId, const QString &at)
{
    if (key.isEmpty())
        return success();
    auto insert = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO payer_links (kind, key, customer_id, "
                                              "learned_from, learned_at) VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!insert)
        return insert.error();
    insert->bind(1, kindName(kind)).bind(2, key).bind(3, customerId).bind(4, lineId).bind(5, at);
    return insert->run();
}

Status PayerLinkRepository::forget(const QString &lineId)
{
    auto remove = m_db.prepare(QStringLiteral("DELETE FROM payer_links WHERE learned_from = ?1"));
    if (!remove)
        return remove.error();
    remove->bind(1, lineId);
    return remove->run();
}

Status PayerLinkRepository::loadInto(cash::PayerDirectory &directory)
{
    auto query = m_db.prepare(QStringLiteral("SELECT kind, key, customer_id FROM payer_links ORDER BY learned_at"));
    if (!query)
        return query.error();
    return query->forEachRow([&]() -> Status {
        const QString kind = query->text(0);
        if (kind == QLatin1String("account"))
            directory.learnAccount(query->text(1), query->text(2));
        else if (kind == QLatin1String("name"))
            directory.learnName(query->text(1), query->text(2));
        else
            directory.learnToken(query->text(1), query->text(2));
        return success();
    });
}

Result<QString> PayerLinkRepository::customerFor(Kind kind, const QString &key)
{
    auto query = m_db.prepare(QStringLiteral("SELECT customer_id FROM payer_links WHERE kind = ?1 AND key = ?2"));
    if (!query)
        return query.error();
    query->bind(1, kindName(kind)).bind(2, key);
    auto found = query->next();
    if (!found)
        return found.error();
    return *found ? query->text(0) : QString();
}

} // namespace cc::storage
