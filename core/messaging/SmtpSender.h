// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MessageTransport.h"
#include "SmtpSettings.h"

namespace cc::messaging {

/// Hands one message to the mail server with libcurl, which speaks SMTP (STARTTLS or implicit
/// TLS, authentication) and builds the MIME parts. Blocks for the network: call it off the
/// GUI and workspace threads.
class SmtpSender : public MessageTransport {
    Q_DECLARE_TR_FUNCTIONS(SmtpSender)

public:
    SmtpSender(SmtpSettings settings, QString password)
        : m_settings(std::move(settings))
        , m_password(std::move(password))
    {
    }

    /// Sends `message` and returns the Message-ID it carried. A refused recipient, a login
    /// that fails or a server that cannot be reached is an error saying which.
    Result<QString> send(const OutgoingMessage &message) const override;

private:
    SmtpSettings m_settings;
    QString m_password;
};

} // namespace cc::messaging
