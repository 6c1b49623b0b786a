// SPDX-License-Identifier: GPL-3.0-or-later
#include "Outbox.h"

#include <QUuid>

namespace cc::sync {
namespace {

std::optional<ChangeOperation> operationFromString(const QString &text)
{
    for (ChangeOperation operation : { ChangeOperation::Insert, ChangeOperation::Update, ChangeOperation::Delete }) {
        if (toString(operation) == text)
            return operation;
    }
    return std::nullopt;
}

} // namespace

QString toString(ChangeOperation operation)
{
    switch (operation) {
    case ChangeOperation::Insert:
        return QStringLiteral("insert");
    case ChangeOperation::Delete:
        return QStringLiteral("delete");
    case ChangeOperation::Update:
        break;
    }
    return QStringLiteral("update");
}

Result<const SyncTable *> Outbox::tableNamed(const QString &table)
{
    if (const SyncTable *found = SyncTable::named(table))
        return found;
    return makeError(ErrorCode::InvalidInput, tr("%1 is not a table that can be changed").arg(table));
}

Result<LocalRow> Outbox::existingRow(const SyncTable &table, const QString &key)
{
    auto row = m_rows.read(table, key);
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, tr("there is no %1 %2 in this workspace").arg(table.server, key));
    return std::move(**row);
}

Result<QString> Outbox::update(const QString &table, const QString &key, const FieldValues &values)
{
    auto synced = tableNamed(table);
    if (!synced)
        return synced.error();
    auto row = existingRow(**synced, key);
    if (!row)
        return row.error();
    FieldValues base;
    FieldValues changes;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!(*synced)->column(it.key()))
            return makeError(
                ErrorCode::InvalidInput, tr("%1 has no field %2 that can be changed").arg(table, it.key()));
        const QString before = row->values.value(it.key());
        if (before == it.value() && before.isNull() == it.value().isNull())
            continue;
        base.insert(it.key(), before);
        changes.insert(it.key(), it.value());
    }
    if (changes.isEmpty())
        return QString();
    if (auto status = m_rows.update(**synced, key, changes); !status)
        return status.error();
    return enqueue(**synced, key, ChangeOperation::Update, row->version, base, changes);
}

Result<QString> Outbox::insert(const QString &table, const QString &key, const FieldValues &values)
{
    auto synced = tableNamed(table);
    if (!synced)
        return synced.error();
    if (auto status = m_rows.insert(**synced, key, values); !status) {
        if (status.error().code == ErrorCode::Duplicate)
            return makeError(ErrorCode::Duplicate, tr("%1 %2 exists already").arg(table, key));
        return status.error();
    }
    return enqueue(**synced, key, ChangeOperation::Insert, 0, {}, values);
}

Result<QString> Outbox::remove(const QString &table, const QString &key)
{
    auto synced = tableNamed(table);
    if (!synced)
        return synced.error();
    auto row = existingRow(**synced, key);
    if (!row)
        return row.error();
    if (auto status = m_rows.remove(**synced, key); !status)
        return status.error();
    return enqueue(**synced, key, ChangeOperation::Delete, row->version, row->values, {});
}

Result<QString> Outbox::enqueue(const SyncTable &table, const QString &key, ChangeOperation operation,
    qint64 baseVersion, const FieldValues &base, const FieldValues &changes)
{
    const QString changeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto statement = m_db.cached(QStringLiteral(
        "INSERT INTO outbox (change_id, table_name, row_key, operation, base_version, base, changes, made_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    if (!statement)
        return statement.error();
    (*statement)
        ->bind(1, changeId)
        .bind(2, table.server)
        .bind(3, key)
        .bind(4, toString(operation))
        .bind(5, baseVersion)
        .bind(6, toJsonText(base))
        .bind(7, toJsonText(changes))
        .bind(8, madeAt());
    if (auto status = (*statement)->run(); !status)
        return status.error();
    return changeId;
}

const QString &Outbox::madeAt()
{
    if (m_madeAt.isEmpty())
        m_madeAt = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    return m_madeAt;
}

Result<QList<OutboxEntry>> Outbox::pending(int limit)
{
    auto query = m_db.prepare(QStringLiteral("SELECT seq, change_id, table_name, row_key, operation, base_version, "
                                             "base, changes, made_at FROM outbox ORDER BY seq LIMIT ?1"));
    if (!query)
        return query.error();
    query->bind(1, limit);
    QList<OutboxEntry> entries;
    if (auto status = query->forEachRow([&]() -> Status {
            const auto operation = operationFromString(query->text(4));
            if (!operation)
                return makeError(
                    ErrorCode::CorruptWorkspace, tr("unknown change \"%1\" in the outbox").arg(query->text(4)));
            entries.append({ query->int64(0), query->text(1), query->text(2), query->text(3), *operation,
                query->int64(5), fieldValuesFromJsonText(query->text(6)), fieldValuesFromJsonText(query->text(7)),
                QDateTime::fromString(query->text(8), Qt::ISODateWithMs) });
            return success();
        });
        !status)
        return status.error();
    return entries;
}

Result<qint64> Outbox::count()
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM outbox"));
}

Status Outbox::drop(const QString &changeId)
{
    auto statement = m_db.cached(QStringLiteral("DELETE FROM outbox WHERE change_id = ?1"));
    if (!statement)
        return statement.error();
    return (*statement)->bind(1, changeId).run();
}

} // namespace cc::sync
