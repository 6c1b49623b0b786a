// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace cc::messaging {

enum class Channel { Email, Sms };
enum class DeliveryStatus { Queued, Sent, Failed };

struct Attachment {
    QString fileName;
    QString mimeType;
    QByteArray content;
};

/// A message to a customer as the outbox keeps it until the mail server or SMS gateway has
/// taken it.
struct OutgoingMessage {
    QString id;
    QString customerId;
    Channel channel = Channel::Email;
    QStringList recipients; ///< addresses, or phone numbers for SMS
    QString subject;
    QString body;
    QList<Attachment> attachments;
    DeliveryStatus status = DeliveryStatus::Queued;
    int attempts = 0;
    QString lastError;
    QDateTime nextAttemptAt;
    QDateTime createdAt;
    QDateTime sentAt;
};

QString toString(Channel channel);
QString toString(DeliveryStatus status);

} // namespace cc::messaging
