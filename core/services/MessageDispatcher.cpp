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
    DispatchReport report;
    storage::MessageOutbox outbox(m_db);
    auto due = outbox.due(m_clock.now(), 1000);
    if (!due)
        return due.error();
    control.setProgress(0, due->size());
    int done = 0;
    for (const OutgoingMessage &message : std::as_const(*due)) {
        if (control.isCanceled())
            break;
        const MessageTransport *transport = m_transports.value(int(message.channel));
        if (!transport)
            continue;
        auto sent = transport->send(message);
        if (sent) {
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
        } else {
            const QDateTime retryAt = nextAttempt(m_clock.now(), message.attempts + 1);
            if (auto status = outbox.markAttemptFailed(message.id, sent.error().detail, retryAt); !status)
                return status.error();
            ++(retryAt.isValid() ? report.retrying : report.failed);
            report.errors << tr("%1 to %2: %3")
                                 .arg(message.subject.isEmpty() ? toString(message.channel) : message.subject,
                                     message.recipients.join(QStringLiteral(", ")), sent.error().detail);
        }
        control.setProgress(++done, due->size());
    }
    return report;
}

} // namespace cc::services
