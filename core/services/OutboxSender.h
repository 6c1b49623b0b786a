// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MessageDispatcher.h"
#include "security/KeyStore.h"

#include <optional>

namespace cc::services {

/// Sends what the outbox has due through the mail server and SMS gateway the workspace's
/// settings name, with their secrets from the keychain unless given. A channel with nothing
/// set up keeps its messages queued (reported in `unconfigured`).
class OutboxSender {
    Q_DECLARE_TR_FUNCTIONS(OutboxSender)

public:
    struct Secrets {
        std::optional<QString> smtpPassword;
        std::optional<QString> smsToken;
    };
    struct Report {
        DispatchReport dispatched;
        QStringList unconfigured; ///< "email", "sms"
    };

    static Result<Report> sendDue(storage::SqlDatabase &db, const Clock &clock, const QString &author,
        security::KeyStore &keys, const Secrets &secrets, JobControl &control);
};

} // namespace cc::services
