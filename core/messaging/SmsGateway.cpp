// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmsGateway.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <curl/curl.h>
#include <memory>
#include <mutex>

namespace cc::messaging {
namespace {

size_t collect(char *data, size_t size, size_t count, void *target)
{
    static_cast<QByteArray *>(target)->append(data, qsizetype(size * count));
    return size * count;
}

} // namespace

Result<QString> SmsGateway::send(const OutgoingMessage &message) const
{
    static std::once_flag initialized;
    std::call_once(initialized, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    if (!m_url.isValid() || !(m_url.scheme() == QLatin1String("https") || m_url.scheme() == QLatin1String("http")))
        return makeError(ErrorCode::InvalidInput, tr("the SMS gateway is not set up: give sms.gateway_url"));
    QStringList ids;
    for (const QString &number : message.recipients) {
        std::unique_ptr<CURL, void (*)(CURL *)> curl(curl_easy_init(), curl_easy_cleanup);
        if (!curl)
            return makeError(ErrorCode::Io, tr("cannot start the HTTP client"));
        CURL *c = curl.get();
        const QByteArray url = m_url.toEncoded();
        const QByteArray body
            = QJsonDocument(QJsonObject { { QStringLiteral("from"), m_sender }, { QStringLiteral("to"), number },
                                { QStringLiteral("text"), message.body } })
                  .toJson(QJsonDocument::Compact);
        const QByteArray authorization = "Authorization: Bearer " + m_token.toUtf8();
        std::unique_ptr<curl_slist, void (*)(curl_slist *)> headers(
            curl_slist_append(nullptr, "Content-Type: application/json"), curl_slist_free_all);
        if (!m_token.isEmpty())
            headers.reset(curl_slist_append(headers.release(), authorization.constData()));
        QByteArray response;
        curl_easy_setopt(c, CURLOPT_URL, url.constData());
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.constData());
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, long(body.size()));
        curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
        curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
        curl_easy_setopt(c, CURLOPT_WRITEDATA, &response);
        curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 20L);
        curl_easy_setopt(c, CURLOPT_TIMEOUT, 60L);
        curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
        char detail[CURL_ERROR_SIZE] = {};
        curl_easy_setopt(c, CURLOPT_ERRORBUFFER, detail);
        if (const CURLcode result = curl_easy_perform(c); result != CURLE_OK) {
            return makeError(ErrorCode::ServerUnavailable,
                tr("the SMS gateway %1 cannot be reached: %2")
                    .arg(m_url.host(), QString::fromUtf8(detail[0] ? detail : curl_easy_strerror(result))));
        }
        long status = 0;
        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
        if (status < 200 || status >= 300) {
            return makeError(status == 401 || status == 403 ? ErrorCode::PermissionDenied : ErrorCode::Io,
                tr("the SMS gateway refused the message to %1 (HTTP %2): %3")
                    .arg(number)
                    .arg(status)
                    .arg(QString::fromUtf8(response.left(200))));
        }
        ids << QJsonDocument::fromJson(response).object().value(QStringLiteral("id")).toString();
    }
    return ids.join(QLatin1Char(','));
}

} // namespace cc::messaging
