// SPDX-License-Identifier: GPL-3.0-or-later
#include "LegacyBankRows.h"

#include "BankStatementRepository.h"
#include "sync/Outbox.h"

namespace cc::storage {
namespace {

const sync::SyncTable &table(const char *name)
{
    return *sync::SyncTable::named(QLatin1String(name));
}

/// A row as the workspace holds it, in the server's text form; then gone from the workspace.
Result<sync::FieldValues> take(SqlDatabase &db, const sync::SyncTable &synced, const QString &key)
{
    auto row = sync::LocalRows(db).read(synced, key);
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::CorruptWorkspace, QStringLiteral("%1 %2 vanished").arg(synced.server, key));
    auto remove = db.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?1").arg(synced.local));
    if (!remove)
        return remove.error();
    remove->bind(1, key);
    if (auto status = remove->run(); !status)
        return status.error();
    return (*row)->values;
}

} // namespace

Status LegacyBankRows::carryOver()
{
    auto statements = m_db.prepare(
        QStringLiteral("SELECT id, account, format, statement_ref, opening_day, closing_day FROM bank_statements"));
    if (!statements)
        return statements.error();
    QList<std::pair<QString, QString>> renamed;
    if (auto status = statements->forEachRow([&]() -> Status {
            const auto day = [&](int column) {
                const QDate date = statements->date(column);
                return date.isValid() ? date.toString(Qt::ISODate) : QString();
            };
            renamed.append({ statements->text(0),
                BankStatementRepository::idFrom(
                    QStringList { statements->text(1), statements->text(2), statements->text(3), day(4), day(5) }.join(
                        QChar(0x1f))) });
            return success();
        });
        !status)
        return status;
    for (const auto &[oldId, newId] : std::as_const(renamed)) {
        if (auto status = carryStatement(oldId, newId); !status)
            return status;
    }
    return carryPayerLinks();
}

Status LegacyBankRows::carryStatement(const QString &oldId, const QString &newId)
{
    auto lines = m_db.prepare(QStringLiteral("SELECT id FROM bank_lines WHERE statement_id = ?1"));
    if (!lines)
        return lines.error();
    lines->bind(1, oldId);
    QStringList lineIds;
    if (auto status = lines->forEachRow([&]() -> Status {
            lineIds << lines->text(0);
            return success();
        });
        !status)
        return status;
    // Lines first, as they point to their statement; put back the other way round.
    QList<sync::FieldValues> taken;
    for (const QString &lineId : std::as_const(lineIds)) {
        auto values = take(m_db, table("bank_lines"), lineId);
        if (!values)
            return values.error();
        values->insert(QStringLiteral("statement_id"), newId);
        taken << *values;
    }
    auto statement = take(m_db, table("bank_statements"), oldId);
    if (!statement)
        return statement.error();
    sync::Outbox outbox(m_db, m_clock);
    if (auto inserted = outbox.insert(QStringLiteral("bank_statements"), newId, *statement); !inserted)
        return inserted.error();
    for (const sync::FieldValues &values : std::as_const(taken)) {
        const QString id = BankStatementRepository::idFrom(values.value(QStringLiteral("fingerprint")));
        if (auto inserted = outbox.insert(QStringLiteral("bank_lines"), id, values); !inserted)
            return inserted.error();
    }
    return success();
}

Status LegacyBankRows::carryPayerLinks()
{
    auto links = m_db.prepare(QStringLiteral("SELECT id FROM payer_links"));
    if (!links)
        return links.error();
    QStringList ids;
    if (auto status = links->forEachRow([&]() -> Status {
            ids << links->text(0);
            return success();
        });
        !status)
        return status;
    sync::Outbox outbox(m_db, m_clock);
    for (const QString &id : std::as_const(ids)) {
        auto values = take(m_db, table("payer_links"), id);
        if (!values)
            return values.error();
        if (auto inserted = outbox.insert(QStringLiteral("payer_links"), id, *values); !inserted)
            return inserted.error();
    }
    return success();
}

} // namespace cc::storage
