// SPDX-License-Identifier: GPL-3.0-or-later
#include "PayerLinkRepository.h"

#include "sync/Outbox.h"

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
    const QString id = kindName(kind) + QLatin1Char(':') + key;
    auto known = m_db.prepare(QStringLiteral("SELECT customer_id FROM payer_links WHERE id = ?1"));
    if (!known)
        return known.error();
    known->bind(1, id);
    auto found = known->next();
    if (!found)
        return found.error();
    // Confirmed again: the match that taught it first stays its teacher (undoing this one
    // must not forget what the earlier one still stands for).
    if (*found && known->text(0) == customerId)
        return success();
    sync::Outbox outbox(m_db, m_clock);
    sync::FieldValues taught { { QStringLiteral("customer_id"), customerId },
        { QStringLiteral("learned_from"), lineId }, { QStringLiteral("learned_at"), at } };
    if (*found) {
        auto updated = outbox.update(QStringLiteral("payer_links"), id, taught);
        return updated ? success() : Status(updated.error());
    }
    taught.insert(QStringLiteral("kind"), kindName(kind));
    taught.insert(QStringLiteral("key"), key);
    auto inserted = outbox.insert(QStringLiteral("payer_links"), id, taught);
    return inserted ? success() : Status(inserted.error());
}

Status PayerLinkRepository::forget(const QString &lineId)
{
    auto taught = m_db.prepare(QStringLiteral("SELECT id FROM payer_links WHERE learned_from = ?1"));
    if (!taught)
        return taught.error();
    taught->bind(1, lineId);
    QStringList ids;
    if (auto status = taught->forEachRow([&]() -> Status {
            ids << taught->text(0);
            return success();
        });
        !status)
        return status;
    sync::Outbox outbox(m_db, m_clock);
    for (const QString &id : std::as_const(ids)) {
        if (auto removed = outbox.remove(QStringLiteral("payer_links"), id); !removed)
            return removed.error();
    }
    return success();
}

Status PayerLinkRepository::loadInto(cash::PayerDirectory &directory)
{
    auto query = m_db.prepare(QStringLiteral("SELECT kind, key, customer_id FROM payer_links"));
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

} // namespace cc::storage
