// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageDispatcher.h"

#include "CollectionsLog.h"
#include "storage/MessageOutbox.h"

#include <array>

namespace cc::services {

using namespace messaging;

void MessageDispatcher::setTransport(Channel channel, const MessageTransport *transport)
{
    m_transports.insert(int(channel), transport);
}

QDateTime MessageDispatcher::nextAttempt(const QDateTime &now, int attempts)
{
    static constexpr std::array kWaitMinutes = { 1, 5, 15, 60, 240 };
    if (attempts >= kMaxAttempts)
        return {};
    return now.addSecs(60LL * kWaitMinutes[std::size_t(std::clamp(attempts - 1, 0, int(kWaitMinutes.size()) - 1))]);
}

Result<DispatchReport> MessageDispatcher::run(JobControl &control)
{
    auto messages = due();
    if (!messages)
        return messages.error();
    return record(deliver(*messages, m_transports, control));
}

Result<QList<OutgoingMessage>> MessageDispatcher::due()
{
    return storage::MessageOutbox(m_db).due(m_clock.now(), 1000);
}

QList<Delivery> MessageDispatcher::deliver(
    const QList<OutgoingMessage> &messages, const Transports &transports, JobControl &control)
{
    QList<Delivery> deliveries;
    control.setProgress(0, messages.size());
    for (const OutgoingMessage &message : messages) {
        if (control.isCanceled())
            break;
        if (const MessageTransport *transport = transports.value(int(message.channel))) {
            auto sent = transport->send(message);
            deliveries << Delivery { message, sent.ok(), sent ? QString() : sent.error().detail };
        }
        control.setProgress(int(deliveries.size()), messages.size());
    }
    return deliveries;
}

Result<DispatchReport> MessageDispatcher::record(const QList<Delivery> &deliveries)
{
    DispatchReport report;
    storage::MessageOutbox outbox(m_db);
    for (const Delivery &delivery : deliveries) {
        const OutgoingMessage &message = delivery.message;
        if (delivery.sent) {
            if (auto status = outbox.markSent(message.id, m_clock.now()); !status)
                return status.error();
            // The timeline shows what went out, to whom; the account counts as worked.
            auto logged = CollectionsLog(m_db, m_clock, m_author)
                              .logMessage(message.customerId,
                                  message.channel == Channel::Email ? collections::ActivityKind::Email
                                                                    : collections::ActivityKind::Sms,
                                  message.recipients.join(QStringLiteral(", ")), message.subject, message.body);
            if (!logged)
                return logged.error();
            ++report.sent;
            continue;
        }
        const QDateTime retryAt = nextAttempt(m_clock.now(), message.attempts + 1);
        if (auto status = outbox.markAttemptFailed(message.id, delivery.error, retryAt); !status)
            return status.error();
        ++(retryAt.isValid() ? report.retrying : report.failed);
        report.errors << tr("%1 to %2: %3")
                             .arg(message.subject.isEmpty() ? toString(message.channel) : message.subject,
                                 message.recipients.join(QStringLiteral(", ")), delivery.error);
    }
    return report;
}

} // namespace cc::services
