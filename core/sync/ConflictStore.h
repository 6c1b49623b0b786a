// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Conflict.h"
#include "Outbox.h"

namespace cc::sync {

/// The conflicts waiting for the user, and their resolution: the chosen values go to the
/// server as a new change made on top of what it now holds. Call inside a transaction.
class ConflictStore {
    Q_DECLARE_TR_FUNCTIONS(ConflictStore)

public:
    ConflictStore(storage::SqlDatabase &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    Status add(const Conflict &conflict);
    Result<QList<Conflict>> list();
    Result<qint64> count();

    /// Settles an overlap with `chosen` values (mine, theirs or edited, field by field); for
    /// an overlapping delete an empty `chosen` deletes the row again. Returns the new
    /// change's id, or empty when the server already holds the chosen values.
    Result<QString> resolve(qint64 conflictId, const FieldValues &chosen);
    /// Accepts what the server holds and forgets the conflict.
    Status dismiss(qint64 conflictId);

private:
    Result<Conflict> find(qint64 conflictId);
    /// Conflicts matching `condition` ("" or a WHERE with ?1 bound to `id`).
    Result<QList<Conflict>> select(const QString &condition, qint64 id);

    storage::SqlDatabase &m_db;
    const Clock &m_clock;
};

} // namespace cc::sync
