// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpSender.h"

#include <QLocale>
#include <QUuid>
#include <curl/curl.h>
#include <memory>
#include <mutex>

namespace cc::messaging {
namespace {

// Header words outside ASCII travel as RFC 2047 encoded words.
QByteArray headerText(const QString &text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii)
        return text.toLatin1();
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

QByteArray mailbox(const QString &name, const QString &address)
{
    if (name.isEmpty())
        return "<" + address.toUtf8() + ">";
    return headerText(name) + " <" + address.toUtf8() + ">";
}

struct CurlDeleter {
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
    void operator()(curl_mime *mime) const { curl_mime_free(mime); }
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

} // namespace

Result<QString> SmtpSender::send(const OutgoingMessage &message) const
{
    static std::once_flag initialized;
    std::call_once(initialized, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    if (!m_settings.isComplete())
        return makeError(ErrorCode::InvalidInput, tr("the mail server is not set up: give smtp.host and smtp.from"));
    if (message.recipients.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("the message has no recipient"));

    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return makeError(ErrorCode::Io, tr("cannot start the mail client"));
    CURL *c = curl.get();
    const bool implicitTls = m_settings.security == SmtpSettings::Security::Tls;
    const QByteArray url = QStringLiteral("%1://%2:%3")
                               .arg(implicitTls ? QStringLiteral("smtps") : QStringLiteral("smtp"), m_settings.host)
                               .arg(m_settings.port)
                               .toUtf8();
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_USE_SSL,
        m_settings.security == SmtpSettings::Security::None ? long(CURLUSESSL_NONE) : long(CURLUSESSL_ALL));
    const QByteArray caFile = m_settings.caFile.toUtf8();
    if (!caFile.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, caFile.constData());
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_password.toUtf8();
    if (!user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 20L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, 180L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);

    const QByteArray from = "<" + m_settings.from.toUtf8() + ">";
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
    std::unique_ptr<curl_slist, CurlDeleter> recipients;
    QList<QByteArray> to;
    for (const QString &address : message.recipients) {
        const QByteArray envelope = "<" + address.trimmed().toUtf8() + ">";
        recipients.reset(curl_slist_append(recipients.release(), envelope.constData()));
        to << envelope;
    }
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients.get());

    const QString messageId = QStringLiteral("%1@cashcycle").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QList<QByteArray> headers {
        "Date: "
            + QLocale::c()
                  .toString(QDateTime::currentDateTime(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss t"))
                  .toLatin1(),
        "From: " + mailbox(m_settings.fromName, m_settings.from),
        "To: " + to.join(", "),
        "Subject: " + headerText(message.subject),
        "Message-ID: <" + messageId.toLatin1() + ">",
    };
    std::unique_ptr<curl_slist, CurlDeleter> headerList;
    for (const QByteArray &header : headers)
        headerList.reset(curl_slist_append(headerList.release(), header.constData()));
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headerList.get());

    std::unique_ptr<curl_mime, CurlDeleter> mime(curl_mime_init(c));
    const QByteArray body = message.body.toUtf8();
    curl_mimepart *text = curl_mime_addpart(mime.get());
    curl_mime_data(text, body.constData(), size_t(body.size()));
    curl_mime_type(text, "text/plain; charset=UTF-8");
    curl_mime_encoder(text, "quoted-printable");
    QList<QByteArray> names; // alive until the transfer ends
    for (const Attachment &attachment : message.attachments) {
        curl_mimepart *part = curl_mime_addpart(mime.get());
        curl_mime_data(part, attachment.content.constData(), size_t(attachment.content.size()));
        names << attachment.fileName.toUtf8() << attachment.mimeType.toUtf8();
        curl_mime_filename(part, names[names.size() - 2].constData());
        curl_mime_type(part, names.last().constData());
        curl_mime_encoder(part, "base64");
    }
    curl_easy_setopt(c, CURLOPT_MIMEPOST, mime.get());

    char detail[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, detail);
    const CURLcode result = curl_easy_perform(c);
    if (result != CURLE_OK) {
        const QString why = QString::fromUtf8(detail[0] ? detail : curl_easy_strerror(result));
        const ErrorCode code = result == CURLE_COULDNT_CONNECT || result == CURLE_COULDNT_RESOLVE_HOST
                || result == CURLE_OPERATION_TIMEDOUT
            ? ErrorCode::ServerUnavailable
            : result == CURLE_LOGIN_DENIED ? ErrorCode::PermissionDenied
                                           : ErrorCode::Io;
        return makeError(code, tr("the mail server %1 did not take the message: %2").arg(m_settings.host, why));
    }
    return messageId;
}

} // namespace cc::messaging
