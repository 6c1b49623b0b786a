// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobControl.h"
#include "common/Clock.h"
#include "messaging/MessageTransport.h"
#include "storage/SqlDatabase.h"

#include <QCoreApplication>
#include <QHash>

namespace cc::services {

struct DispatchReport {
    int sent = 0;
    int retrying = 0; ///< failed this time, tried again later
    int failed = 0; ///< given up after the last attempt
    QStringList errors;
};

/// Sends the outbox's due messages through the channel's transport. A message the far end
/// takes is marked sent and becomes an activity on the customer's timeline; one it does not
/// is tried again after 1, 5, 15, 60 and 240 minutes, then shown as failed.
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

    /// When a message that failed `attempts` times is tried next; invalid once given up.
    static QDateTime nextAttempt(const QDateTime &now, int attempts);

private:
    storage::SqlDatabase &m_db;
    const Clock &m_clock;
    QString m_author;
    QHash<int, const messaging::MessageTransport *> m_transports;
};

} // namespace cc::services
