// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmsGateway.h"

#include "net/HttpClient.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cc::messaging {

Result<QString> SmsGateway::send(const OutgoingMessage &message) const
{
    if (!m_url.isValid() || !(m_url.scheme() == QLatin1String("https") || m_url.scheme() == QLatin1String("http")))
        return makeError(ErrorCode::InvalidInput, tr("the SMS gateway is not set up: give sms.gateway_url"));
    QList<QByteArray> headers { "Content-Type: application/json" };
    if (!m_token.isEmpty())
        headers << "Authorization: Bearer " + m_token.toUtf8();
    QStringList ids;
    for (const QString &number : message.recipients) {
        const QByteArray body
            = QJsonDocument(QJsonObject { { QStringLiteral("from"), m_sender }, { QStringLiteral("to"), number },
                                { QStringLiteral("text"), message.body } })
                  .toJson(QJsonDocument::Compact);
        auto response = net::HttpClient::send(m_url, headers, body);
        if (!response) {
            return makeError(ErrorCode::ServerUnavailable,
                tr("the SMS gateway %1 cannot be reached: %2").arg(m_url.host(), response.error().detail));
        }
        if (!response->ok()) {
            return makeError(
                response->status == 401 || response->status == 403 ? ErrorCode::PermissionDenied : ErrorCode::Io,
                tr("the SMS gateway refused the message to %1 (HTTP %2): %3")
                    .arg(number)
                    .arg(response->status)
                    .arg(QString::fromUtf8(response->body.left(200))));
        }
        ids << QJsonDocument::fromJson(response->body).object().value(QStringLiteral("id")).toString();
    }
    return ids.join(QLatin1Char(','));
}

} // namespace cc::messaging
