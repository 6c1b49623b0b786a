// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MessageDispatcher.h"
#include "security/KeyStore.h"

#include <memory>
#include <optional>

namespace cc::services {

/// The mail server and SMS gateway the workspace's settings name, with their secrets from the
/// keychain unless given, and sending the outbox's due messages through them. A channel with
/// nothing set up keeps its messages queued (reported in `unconfigured`).
class OutboxSender {
    Q_DECLARE_TR_FUNCTIONS(OutboxSender)

public:
    struct Secrets {
        std::optional<QString> smtpPassword;
        std::optional<QString> smsToken;
    };
    /// The transports, shared so they can travel to a network thread.
    struct Transports {
        std::shared_ptr<const messaging::MessageTransport> email;
        std::shared_ptr<const messaging::MessageTransport> sms;
        QStringList unconfigured; ///< "email", "sms"

        void attach(MessageDispatcher &dispatcher) const;
        MessageDispatcher::Transports byChannel() const;
    };
    struct Report {
        DispatchReport dispatched;
        QStringList unconfigured;
    };

    static Result<Transports> transports(storage::SqlDatabase &db, security::KeyStore &keys, const Secrets &secrets);
    /// Everything on the caller's thread (the CLI).
    static Result<Report> sendDue(storage::SqlDatabase &db, const Clock &clock, const QString &author,
        security::KeyStore &keys, const Secrets &secrets, JobControl &control);
};

} // namespace cc::services
