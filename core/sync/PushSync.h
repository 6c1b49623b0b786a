// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConflictStore.h"
#include "server/PgConnection.h"
#include "services/JobControl.h"

#include <QJsonObject>

namespace cc::sync {

/// What one push did with the outbox.
struct PushReport {
    qint64 applied = 0; ///< taken by the server, merged with other desktops' edits if need be
    qint64 conflicts = 0; ///< overlapping, gone or refused: now waiting in the conflicts view
};

/// Sends the outbox to the server, oldest change first, one server transaction each.
///
/// Every change carries an id made on this desktop. The server records each change's outcome
/// under that id in the same transaction as the change itself, so a change whose answer was
/// lost (a dropped connection, a killed process) is answered from that record when it comes
/// again, never applied twice.
///
/// A change applies directly when the row still has the version it was made on. Otherwise it
/// merges field by field: fields the other side left alone take the new value; a field both
/// sides changed to different values stays as the server has it and becomes a conflict.
class PushSync {
    Q_DECLARE_TR_FUNCTIONS(PushSync)

public:
    PushSync(server::PgConnection &server, storage::SqlDatabase &local, const Clock &clock)
        : m_server(server)
        , m_local(local)
        , m_clock(clock)
    {
    }

    /// Stops at the first change the server could not answer (it went away); that change and
    /// those after it stay in the outbox for the next push.
    Result<PushReport> run(services::JobControl &control);

private:
    Result<QJsonObject> outcomeOf(const OutboxEntry &entry);
    Result<QJsonObject> applyUpdate(const OutboxEntry &entry, const SyncTable &table);
    Result<QJsonObject> applyInsert(const OutboxEntry &entry, const SyncTable &table);
    Result<QJsonObject> applyDelete(const OutboxEntry &entry, const SyncTable &table);
    /// Selects the row with the given columns as text, locked for update unless `lock` is
    /// false (a table some may only insert into); null when not there (or not visible).
    Result<std::optional<std::pair<qint64, FieldValues>>> lockRow(
        const SyncTable &table, const QString &key, const QStringList &columns, bool lock = true);
    Status record(const OutboxEntry &entry, const QJsonObject &outcome, PushReport &report);

    server::PgConnection &m_server;
    storage::SqlDatabase &m_local;
    const Clock &m_clock;
};

} // namespace cc::sync
