// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MessageTransport.h"

#include <QCoreApplication>
#include <QUrl>

namespace cc::messaging {

/// Sends SMS through a configurable HTTP gateway (settings sms.gateway_url and sms.sender):
/// one POST of {"from", "to", "text"} as JSON per recipient, with the gateway's token as a
/// bearer token. Uses libcurl; blocks for the network.
class SmsGateway : public MessageTransport {
    Q_DECLARE_TR_FUNCTIONS(SmsGateway)

public:
    SmsGateway(QUrl url, QString sender, QString token)
        : m_url(std::move(url))
        , m_sender(std::move(sender))
        , m_token(std::move(token))
    {
    }

    /// The keychain account the token of a gateway is kept under.
    static QString keychainAccount(const QUrl &url) { return QStringLiteral("sms:") + url.toString(); }

    Result<QString> send(const OutgoingMessage &message) const override;

private:
    QUrl m_url;
    QString m_sender;
    QString m_token;
};

} // namespace cc::messaging
