// SPDX-License-Identifier: GPL-3.0-or-later
#include "PushSync.h"

#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QScopeGuard>

namespace cc::sync {
namespace {

constexpr int kBatch = 500;

const QString kApplied = QStringLiteral("applied");
const QString kOverlap = QStringLiteral("overlap");
const QString kGone = QStringLiteral("gone");
const QString kRefused = QStringLiteral("refused");

bool sameValue(const QString &a, const QString &b)
{
    return a == b && a.isNull() == b.isNull();
}

QStringList placeholders(int first, int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << QStringLiteral("$%1").arg(first + i);
    return list;
}

QJsonObject outcome(const QString &status, qint64 version = 0)
{
    return { { QStringLiteral("status"), status }, { QStringLiteral("version"), version } };
}

} // namespace

Result<PushReport> PushSync::run(services::JobControl &control)
{
    PushReport report;
    // Dates compare and travel as ISO text.
    if (auto status = m_server.execute(QStringLiteral("SET DateStyle = ISO")); !status)
        return status.error();
    Outbox outbox(m_local, m_clock);
    while (true) {
        auto entries = outbox.pending(kBatch);
        if (!entries)
            return entries.error();
        if (entries->isEmpty())
            return report;
        // Answers are written locally a batch at a time: one lost with a crash is asked for
        // again and comes from the server's record.
        storage::Transaction transaction(m_local);
        if (auto status = transaction.begin(); !status)
            return status.error();
        Status stopped = success();
        for (const OutboxEntry &entry : std::as_const(*entries)) {
            if (control.isCanceled()) {
                stopped = makeError(ErrorCode::Cancelled, tr("the sync was cancelled; unsent changes stay queued"));
                break;
            }
            auto answer = outcomeOf(entry);
            if (!answer) {
                stopped = answer.error();
                break;
            }
            if (auto status = record(entry, *answer, report); !status)
                return status.error();
        }
        if (auto status = transaction.commit(); !status)
            return status.error();
        if (!stopped)
            return stopped.error();
    }
}

Result<QJsonObject> PushSync::outcomeOf(const OutboxEntry &entry)
{
    const SyncTable *table = SyncTable::named(entry.table);
    if (!table)
        return makeError(
            ErrorCode::CorruptWorkspace, tr("the outbox holds a change to unknown table %1").arg(entry.table));
    if (auto status = m_server.execute(QStringLiteral("BEGIN")); !status)
        return status.error();
    auto rollback = qScopeGuard([this] { (void)m_server.execute(QStringLiteral("ROLLBACK")); });

    // Answered before: the acknowledgement was lost, the change is not made again.
    auto earlier = m_server.exec(
        QStringLiteral("SELECT outcome::text FROM sync_applied WHERE change_id = $1::uuid"), { entry.changeId });
    Result<QJsonObject> answer = makeError(ErrorCode::Storage, QString());
    if (earlier && earlier->rowCount() == 1) {
        answer = QJsonDocument::fromJson(earlier->text(0, 0).toUtf8()).object();
    } else if (earlier) {
        answer = entry.operation == ChangeOperation::Update ? applyUpdate(entry, *table)
            : entry.operation == ChangeOperation::Insert    ? applyInsert(entry, *table)
                                                            : applyDelete(entry, *table);
        if (answer) {
            auto recorded = m_server.exec(
                QStringLiteral("INSERT INTO sync_applied (change_id, outcome) VALUES ($1::uuid, $2::jsonb)"),
                { entry.changeId, QString::fromUtf8(QJsonDocument(*answer).toJson(QJsonDocument::Compact)) });
            if (!recorded)
                answer = recorded.error();
        }
    } else {
        answer = earlier.error();
    }

    if (!answer) {
        // The server is away: the change stays queued. Anything else is the server saying no
        // to this change (rights, constraints): nothing of it was applied.
        if (answer.error().code == ErrorCode::ServerUnavailable || m_server.isBroken())
            return makeError(ErrorCode::ServerUnavailable, answer.error().detail);
        QJsonObject refused = outcome(kRefused);
        refused.insert(QStringLiteral("message"), answer.error().detail);
        return refused;
    }
    rollback.dismiss();
    if (auto status = m_server.execute(QStringLiteral("COMMIT")); !status)
        return makeError(ErrorCode::ServerUnavailable, status.error().detail);
    return answer;
}

Result<std::optional<std::pair<qint64, FieldValues>>> PushSync::lockRow(
    const SyncTable &table, const QString &key, const QStringList &columns, bool lock)
{
    QStringList texts;
    for (const QString &column : columns) {
        const SyncColumn *synced = table.column(column);
        texts << (synced ? synced->serverText() : column + QStringLiteral("::text"));
    }
    auto row
        = m_server.exec(QStringLiteral("SELECT row_version%1 FROM %2 WHERE %3 = $1%4")
                            .arg(texts.isEmpty() ? QString() : QStringLiteral(", ") + texts.join(QStringLiteral(", ")),
                                table.server, table.serverKey, lock ? QStringLiteral(" FOR UPDATE") : QString()),
            { key });
    if (!row)
        return row.error();
    if (row->rowCount() == 0)
        return std::optional<std::pair<qint64, FieldValues>>();
    FieldValues values;
    for (int i = 0; i < columns.size(); ++i)
        values.insert(columns[i], row->isNull(0, i + 1) ? QString() : row->text(0, i + 1));
    return std::optional<std::pair<qint64, FieldValues>>({ row->int64(0, 0), values });
}

Result<QJsonObject> PushSync::applyUpdate(const OutboxEntry &entry, const SyncTable &table)
{
    const QStringList fields = entry.changes.keys();
    auto current = lockRow(table, entry.key, fields);
    if (!current)
        return current.error();
    if (!*current)
        return outcome(kGone);
    const auto &[version, theirs] = **current;

    FieldValues apply;
    FieldValues base;
    FieldValues mine;
    FieldValues conflicting;
    for (const QString &field : fields) {
        const QString wanted = entry.changes.value(field);
        const QString now = theirs.value(field);
        if (version == entry.baseVersion || sameValue(now, entry.base.value(field))) {
            if (!sameValue(now, wanted))
                apply.insert(field, wanted);
        } else if (!sameValue(now, wanted)) {
            // Both sides changed this field, to different values.
            base.insert(field, entry.base.value(field));
            mine.insert(field, wanted);
            conflicting.insert(field, now);
        }
    }

    qint64 newVersion = version;
    if (!apply.isEmpty()) {
        QStringList assignments;
        QStringList parameters { entry.key };
        for (auto it = apply.cbegin(); it != apply.cend(); ++it) {
            parameters << it.value();
            assignments << QStringLiteral("%1 = $%2").arg(it.key()).arg(parameters.size());
        }
        auto updated = m_server.exec(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = $1 RETURNING row_version")
                                         .arg(table.server, assignments.join(QStringLiteral(", ")), table.serverKey),
            parameters);
        if (!updated)
            return updated.error();
        // Visible but not this user's to change (row-level security filters it silently).
        if (updated->rowCount() == 0)
            return makeError(ErrorCode::PermissionDenied, tr("you may not change this %1").arg(table.server));
        newVersion = updated->int64(0, 0);
    }
    if (conflicting.isEmpty())
        return outcome(kApplied, newVersion);
    QJsonObject overlap = outcome(kOverlap, newVersion);
    overlap.insert(QStringLiteral("base"), toJson(base));
    overlap.insert(QStringLiteral("mine"), toJson(mine));
    overlap.insert(QStringLiteral("theirs"), toJson(conflicting));
    return overlap;
}

Result<QJsonObject> PushSync::applyInsert(const OutboxEntry &entry, const SyncTable &table)
{
    QStringList columns { table.serverKey };
    QStringList parameters { entry.key };
    for (auto it = entry.changes.cbegin(); it != entry.changes.cend(); ++it) {
        if (!table.column(it.key()))
            return makeError(ErrorCode::InvalidInput, tr("%1 has no field %2").arg(table.server, it.key()));
        columns << it.key();
        parameters << it.value();
    }
    if (table.contentKeyed) {
        // Another desktop imported the same bank statement first: it is this row, and the
        // next pull brings what the team has made of it.
        auto existing = lockRow(table, entry.key, {}, false);
        if (!existing)
            return existing.error();
        if (*existing)
            return outcome(kApplied, (*existing)->first);
    }
    auto inserted = m_server.exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING row_version")
                                      .arg(table.server, columns.join(QStringLiteral(", ")),
                                          placeholders(1, int(parameters.size())).join(QStringLiteral(", "))),
        parameters);
    if (!inserted) {
        if (inserted.error().code == ErrorCode::Duplicate)
            return makeError(
                ErrorCode::Duplicate, tr("another desktop created %1 %2 first").arg(table.server, entry.key));
        return inserted.error();
    }
    return outcome(kApplied, inserted->int64(0, 0));
}

Result<QJsonObject> PushSync::applyDelete(const OutboxEntry &entry, const SyncTable &table)
{
    QStringList columns;
    for (const SyncColumn &column : table.columns)
        columns << column.server;
    auto current = lockRow(table, entry.key, columns);
    if (!current)
        return current.error();
    if (!*current)
        return outcome(kApplied);
    const auto &[version, theirs] = **current;
    if (version != entry.baseVersion) {
        FieldValues base;
        FieldValues changed;
        for (const QString &column : std::as_const(columns)) {
            if (!sameValue(theirs.value(column), entry.base.value(column))) {
                base.insert(column, entry.base.value(column));
                changed.insert(column, theirs.value(column));
            }
        }
        // Deleted here, changed there: the user decides whether the change still matters.
        if (!changed.isEmpty()) {
            QJsonObject overlap = outcome(kOverlap, version);
            overlap.insert(QStringLiteral("base"), toJson(base));
            overlap.insert(QStringLiteral("mine"), QJsonObject());
            overlap.insert(QStringLiteral("theirs"), toJson(changed));
            return overlap;
        }
    }
    auto deleted = m_server.exec(
        QStringLiteral("DELETE FROM %1 WHERE %2 = $1").arg(table.server, table.serverKey), { entry.key });
    if (!deleted)
        return deleted.error();
    if (deleted->affectedRows() == 0)
        return makeError(ErrorCode::PermissionDenied, tr("you may not delete this %1").arg(table.server));
    return outcome(kApplied);
}

Status PushSync::record(const OutboxEntry &entry, const QJsonObject &answer, PushReport &report)
{
    const QString status = answer.value(QStringLiteral("status")).toString();
    Outbox outbox(m_local, m_clock);
    if (auto dropped = outbox.drop(entry.changeId); !dropped)
        return dropped;
    if (status == kApplied) {
        ++report.applied;
    } else {
        Conflict conflict;
        conflict.changeId = entry.changeId;
        conflict.table = entry.table;
        conflict.key = entry.key;
        if (status == kOverlap) {
            conflict.kind = ConflictKind::Overlap;
            conflict.base = fieldValuesFromJson(answer.value(QStringLiteral("base")).toObject());
            conflict.mine = fieldValuesFromJson(answer.value(QStringLiteral("mine")).toObject());
            conflict.theirs = fieldValuesFromJson(answer.value(QStringLiteral("theirs")).toObject());
            conflict.message = entry.operation == ChangeOperation::Delete
                ? tr("deleted here, but changed on another desktop meanwhile")
                : tr("changed here and on another desktop");
        } else {
            conflict.kind = status == kGone ? ConflictKind::Deleted : ConflictKind::Refused;
            conflict.base = entry.base;
            conflict.mine = entry.changes;
            conflict.message = status == kGone
                ? tr("deleted on the server, or no longer yours to see")
                : tr("the server refused the change: %1").arg(answer.value(QStringLiteral("message")).toString());
        }
        if (auto added = ConflictStore(m_local, m_clock).add(conflict); !added)
            return added;
        // The next pull brings the row back to what the server holds.
        auto refetch = m_local.cached(
            QStringLiteral("INSERT OR IGNORE INTO sync_refetch (table_name, row_key) VALUES (?1, ?2)"));
        if (!refetch)
            return refetch.error();
        if (auto queued = (*refetch)->bind(1, entry.table).bind(2, entry.key).run(); !queued)
            return queued;
        ++report.conflicts;
    }
    return success();
}

} // namespace cc::sync
