// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LocalRows.h"
#include "OutboxEntry.h"
#include "common/Clock.h"

namespace cc::sync {

/// Local edits of synced rows: each is applied to the workspace at once and queued for the
/// server with what it started from. Call inside a workspace transaction, so the edit and its
/// queue entry are written together or not at all.
class Outbox {
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    Outbox(storage::SqlDatabase &db, const Clock &clock)
        : m_db(db)
        , m_rows(db)
        , m_clock(clock)
    {
    }

    /// Changes fields of a row. Returns the change id, or an empty string when every field
    /// already held its value.
    Result<QString> update(const QString &table, const QString &key, const FieldValues &values);
    Result<QString> insert(const QString &table, const QString &key, const FieldValues &values);
    Result<QString> remove(const QString &table, const QString &key);

    /// The oldest `limit` changes, in the order they were made.
    Result<QList<OutboxEntry>> pending(int limit);
    Result<qint64> count();
    /// Forgets a change the server has answered.
    Status drop(const QString &changeId);

private:
    Result<const SyncTable *> tableNamed(const QString &table);
    /// The row as the workspace holds it; NotFound when it has none.
    Result<LocalRow> existingRow(const SyncTable &table, const QString &key);
    Result<QString> enqueue(const SyncTable &table, const QString &key, ChangeOperation operation, qint64 baseVersion,
        const FieldValues &base, const FieldValues &changes);

    /// When this outbox's changes were made: one moment for all of them (an import's lines).
    const QString &madeAt();

    storage::SqlDatabase &m_db;
    LocalRows m_rows;
    const Clock &m_clock;
    QString m_madeAt;
};

} // namespace cc::sync
