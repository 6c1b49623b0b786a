// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobControl.h"
#include "common/Clock.h"
#include "messaging/MessageTransport.h"
#include "storage/SqlDatabase.h"

#include <QCoreApplication>
#include <QHash>

namespace cc::services {

/// What the far end said to one message.
struct Delivery {
    messaging::OutgoingMessage message;
    bool sent = false;
    QString error;
};

struct DispatchReport {
    int sent = 0;
    int retrying = 0; ///< failed this time, tried again later
    int failed = 0; ///< given up after the last attempt
    QStringList errors;
};

/// Sends the outbox's due messages through the channel's transport. A message the far end
/// takes is marked sent and becomes an activity on the customer's timeline; one it does not
/// is tried again after 1, 5, 15, 60 and 240 minutes, then shown as failed.
///
/// run() does it all on the caller's thread (the CLI). The GUI takes the three steps apart so
/// that no workspace job waits for the network: due() and record() on the workspace's
/// thread, deliver() on another.
class MessageDispatcher {
    Q_DECLARE_TR_FUNCTIONS(MessageDispatcher)

public:
    static constexpr int kMaxAttempts = 6;

    MessageDispatcher(storage::SqlDatabase &db, const Clock &clock, QString author)
        : m_db(db)
        , m_clock(clock)
        , m_author(std::move(author))
    {
    }

    /// The transport for a channel; a channel without one leaves its messages queued.
    void setTransport(messaging::Channel channel, const messaging::MessageTransport *transport);
    Result<DispatchReport> run(JobControl &control);

    Result<QList<messaging::OutgoingMessage>> due();
    /// Which transport carries which channel (int(messaging::Channel)).
    using Transports = QHash<int, const messaging::MessageTransport *>;
    /// Hands each message to its channel's transport; touches no workspace, so it may run on
    /// any thread. Messages of a channel without a transport are left out.
    static QList<Delivery> deliver(
        const QList<messaging::OutgoingMessage> &messages, const Transports &transports, JobControl &control);
    Result<DispatchReport> record(const QList<Delivery> &deliveries);

    /// When a message that failed `attempts` times is tried next; invalid once given up.
    static QDateTime nextAttempt(const QDateTime &now, int attempts);

private:
    storage::SqlDatabase &m_db;
    const Clock &m_clock;
    QString m_author;
    Transports m_transports;
};

} // namespace cc::services
