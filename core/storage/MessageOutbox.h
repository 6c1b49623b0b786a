// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "messaging/OutgoingMessage.h"

namespace cc::storage {

/// Messages to customers waiting on this desktop for the mail server or SMS gateway, with
/// their attachments, attempts and the last error.
class MessageOutbox {
public:
    explicit MessageOutbox(SqlDatabase &db)
        : m_db(db)
    {
    }

    /// Queues the message, due at once, all of it or nothing (inside a caller's transaction
    /// too); gives it an id if it has none. Returns the id.
    Result<QString> enqueue(messaging::OutgoingMessage message, const QDateTime &now);
    /// Queued messages whose next attempt is due at `now`, oldest first, with attachments.
    Result<QList<messaging::OutgoingMessage>> due(const QDateTime &now, int limit);
    /// Every message, newest first, without attachment contents (for the outbox view).
    Result<QList<messaging::OutgoingMessage>> recent(int limit);
    Status markSent(const QString &id, const QDateTime &at);
    /// Counts a failed attempt; with a valid `retryAt` the message waits until then, without
    /// it the message is given up as failed.
    Status markAttemptFailed(const QString &id, const QString &error, const QDateTime &retryAt);
    /// Puts a failed message back in the queue, due at `now`.
    Status retry(const QString &id, const QDateTime &now);

private:
    Status write(const messaging::OutgoingMessage &message, const QDateTime &now);
    Result<QList<messaging::OutgoingMessage>> read(
        const QString &condition, const std::function<void(SqlStatement &)> &bind, bool withAttachments);

    SqlDatabase &m_db;
};

} // namespace cc::storage
