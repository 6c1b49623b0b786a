// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictStore.h"

namespace cc::sync {
namespace {

constexpr ConflictKind kKinds[] = { ConflictKind::Overlap, ConflictKind::Deleted, ConflictKind::Refused };

} // namespace

QString toString(ConflictKind kind)
{
    switch (kind) {
    case ConflictKind::Deleted:
        return QStringLiteral("deleted");
    case ConflictKind::Refused:
        return QStringLiteral("refused");
    case ConflictKind::Overlap:
        break;
    }
    return QStringLiteral("overlap");
}

Status ConflictStore::add(const Conflict &conflict)
{
    auto statement = m_db.prepare(QStringLiteral(
        "INSERT INTO conflicts (change_id, table_name, row_key, kind, base, mine, theirs, message, detected_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    if (!statement)
        return statement.error();
    return statement->bind(1, conflict.changeId)
        .bind(2, conflict.table)
        .bind(3, conflict.key)
        .bind(4, toString(conflict.kind))
        .bind(5, toJsonText(conflict.base))
        .bind(6, toJsonText(conflict.mine))
        .bind(7, toJsonText(conflict.theirs))
        .bind(8, conflict.message)
        .bind(9, m_clock.now().toUTC().toString(Qt::ISODateWithMs))
        .run();
}

Result<QList<Conflict>> ConflictStore::select(const QString &condition, qint64 id)
{
    auto query = m_db.prepare(QStringLiteral("SELECT id, change_id, table_name, row_key, kind, base, mine, theirs, "
                                             "message, detected_at FROM conflicts %1 ORDER BY id")
                                  .arg(condition));
    if (!query)
        return query.error();
    if (!condition.isEmpty())
        query->bind(1, id);
    QList<Conflict> conflicts;
    if (auto status = query->forEachRow([&]() -> Status {
            Conflict conflict;
            conflict.id = query->int64(0);
            conflict.changeId = query->text(1);
            conflict.table = query->text(2);
            conflict.key = query->text(3);
            for (ConflictKind kind : kKinds) {
                if (toString(kind) == query->text(4))
                    conflict.kind = kind;
            }
            conflict.base = fieldValuesFromJsonText(query->text(5));
            conflict.mine = fieldValuesFromJsonText(query->text(6));
            conflict.theirs = fieldValuesFromJsonText(query->text(7));
            conflict.message = query->text(8);
            conflict.detectedAt = QDateTime::fromString(query->text(9), Qt::ISODateWithMs);
            conflicts.append(conflict);
            return success();
        });
        !status)
        return status.error();
    return conflicts;
}

Result<QList<Conflict>> ConflictStore::list()
{
    return select(QString(), 0);
}

Result<qint64> ConflictStore::count()
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM conflicts"));
}

Result<Conflict> ConflictStore::find(qint64 conflictId)
{
    auto conflicts = select(QStringLiteral("WHERE id = ?1"), conflictId);
    if (!conflicts)
        return conflicts.error();
    if (!conflicts->isEmpty())
        return conflicts->first();
    return makeError(ErrorCode::NotFound, tr("there is no conflict %1").arg(conflictId));
}

Result<QString> ConflictStore::resolve(qint64 conflictId, const FieldValues &chosen)
{
    auto conflict = find(conflictId);
    if (!conflict)
        return conflict.error();
    if (conflict->kind != ConflictKind::Overlap)
        return makeError(ErrorCode::InvalidInput,
            tr("this change cannot be made again: %1; dismiss it instead").arg(conflict->message));
    Outbox outbox(m_db, m_clock);
    auto change = chosen.isEmpty() && conflict->mine.isEmpty() ? outbox.remove(conflict->table, conflict->key)
                                                               : outbox.update(conflict->table, conflict->key, chosen);
    if (!change)
        return change.error();
    if (auto status = dismiss(conflictId); !status)
        return status.error();
    return change;
}

Status ConflictStore::dismiss(qint64 conflictId)
{
    auto statement = m_db.prepare(QStringLiteral("DELETE FROM conflicts WHERE id = ?1"));
    if (!statement)
        return statement.error();
    return statement->bind(1, conflictId).run();
}

} // namespace cc::sync
