// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageOutbox.h"

#include <QUuid>

namespace cc::storage {

using namespace messaging;

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime timeOf(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate);
}

DeliveryStatus statusOf(const QString &text)
{
    return text == QLatin1String("sent")  ? DeliveryStatus::Sent
        : text == QLatin1String("failed") ? DeliveryStatus::Failed
                                          : DeliveryStatus::Queued;
}

} // namespace

Result<QString> MessageOutbox::enqueue(OutgoingMessage message, const QDateTime &now)
{
    if (message.id.isEmpty())
        message.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // A savepoint, so a caller's transaction can hold the message and what it records with it.
    if (auto status = m_db.execute(QStringLiteral("SAVEPOINT enqueue")); !status)
        return status.error();
    auto written = write(message, now);
    if (!written) {
        (void)m_db.execute(QStringLiteral("ROLLBACK TO enqueue; RELEASE enqueue"));
        return written.error();
    }
    if (auto status = m_db.execute(QStringLiteral("RELEASE enqueue")); !status)
        return status.error();
    return message.id;
}

Status MessageOutbox::write(const OutgoingMessage &message, const QDateTime &now)
{
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO message_outbox (id, customer_id, channel, recipients, subject, body, next_attempt_at, created_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)"));
    if (!insert)
        return insert.error();
    insert->bind(1, message.id).bind(2, message.customerId).bind(3, toString(message.channel));
    insert->bind(4, message.recipients.join(QLatin1Char('\n'))).bind(5, message.subject).bind(6, message.body);
    insert->bind(7, timeText(now));
    if (auto status = insert->run(); !status)
        return status;
    auto attach = m_db.prepare(QStringLiteral("INSERT INTO message_attachments (message_id, position, file_name, "
                                              "mime_type, content) VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!attach)
        return attach.error();
    for (int i = 0; i < message.attachments.size(); ++i) {
        const Attachment &a = message.attachments[i];
        attach->bind(1, message.id).bind(2, i).bind(3, a.fileName).bind(4, a.mimeType).bindBlob(5, a.content);
        if (auto status = attach->run(); !status)
            return status;
        attach->reset();
    }
    return success();
}

Result<QList<OutgoingMessage>> MessageOutbox::read(
    const QString &condition, const std::function<void(SqlStatement &)> &bind, bool withAttachments)
{
    auto query = m_db.prepare(QStringLiteral("SELECT id, customer_id, channel, recipients, subject, body, status, "
                                             "attempts, last_error, next_attempt_at, created_at, sent_at "
                                             "FROM message_outbox %1")
                                  .arg(condition));
    if (!query)
        return query.error();
    bind(*query);
    QList<OutgoingMessage> messages;
    if (auto status = query->forEachRow([&]() -> Status {
            OutgoingMessage m;
            m.id = query->text(0);
            m.customerId = query->text(1);
            m.channel = query->text(2) == QLatin1String("sms") ? Channel::Sms : Channel::Email;
            m.recipients = query->text(3).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            m.subject = query->text(4);
            m.body = query->text(5);
            m.status = statusOf(query->text(6));
            m.attempts = int(query->int64(7));
            m.lastError = query->text(8);
            m.nextAttemptAt = timeOf(query->text(9));
            m.createdAt = timeOf(query->text(10));
            m.sentAt = timeOf(query->text(11));
            messages << std::move(m);
            return success();
        });
        !status)
        return status.error();
    auto attachments = m_db.prepare(withAttachments
            ? QStringLiteral(
                "SELECT file_name, mime_type, content FROM message_attachments WHERE message_id = ?1 ORDER BY position")
            : QStringLiteral(
                "SELECT file_name, mime_type, NULL FROM message_attachments WHERE message_id = ?1 ORDER BY position"));
    if (!attachments)
        return attachments.error();
    for (OutgoingMessage &m : messages) {
        attachments->bind(1, m.id);
        if (auto status = attachments->forEachRow([&]() -> Status {
                m.attachments << Attachment { attachments->text(0), attachments->text(1), attachments->blob(2) };
                return success();
            });
            !status)
            return status.error();
        attachments->reset();
    }
    return messages;
}

Result<QList<OutgoingMessage>> MessageOutbox::due(const QDateTime &now, int limit)
{
    return read(
        QStringLiteral("WHERE status = 'queued' AND next_attempt_at <= ?1 ORDER BY created_at, id LIMIT ?2"),
        [&](SqlStatement &q) { q.bind(1, timeText(now)).bind(2, limit); }, true);
}

Result<QList<OutgoingMessage>> MessageOutbox::recent(int limit)
{
    return read(
        QStringLiteral("ORDER BY created_at DESC, id LIMIT ?1"), [&](SqlStatement &q) { q.bind(1, limit); }, false);
}

Status MessageOutbox::markSent(const QString &id, const QDateTime &at)
{
    auto update = m_db.prepare(QStringLiteral("UPDATE message_outbox SET status = 'sent', attempts = attempts + 1, "
                                              "last_error = '', sent_at = ?2 WHERE id = ?1"));
    if (!update)
        return update.error();
    return update->bind(1, id).bind(2, timeText(at)).run();
}

Status MessageOutbox::markAttemptFailed(const QString &id, const QString &error, const QDateTime &retryAt)
{
    auto update = m_db.prepare(QStringLiteral("UPDATE message_outbox SET attempts = attempts + 1, last_error = ?2, "
                                              "status = CASE WHEN ?3 IS NULL THEN 'failed' ELSE 'queued' END, "
                                              "next_attempt_at = COALESCE(?3, next_attempt_at) WHERE id = ?1"));
    if (!update)
        return update.error();
    update->bind(1, id).bind(2, error).bindOrNull(3, timeText(retryAt));
    return update->run();
}

Status MessageOutbox::retry(const QString &id, const QDateTime &now)
{
    auto update = m_db.prepare(QStringLiteral(
        "UPDATE message_outbox SET status = 'queued', next_attempt_at = ?2 WHERE id = ?1 AND status = 'failed'"));
    if (!update)
        return update.error();
    return update->bind(1, id).bind(2, timeText(now)).run();
}

} // namespace cc::storage
