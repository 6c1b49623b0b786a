// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckoutClient.h"

#include "HttpClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>

namespace cc::net {
namespace {

QByteArray formField(const char *name, const QString &value)
{
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
}

} // namespace

Result<QByteArray> CheckoutClient::call(const QString &path, const QByteArray &form) const
{
    QUrl url = m_base;
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QList<QByteArray> headers { "Authorization: Bearer " + m_key };
    if (!form.isEmpty())
        headers << "Content-Type: application/x-www-form-urlencoded";
    auto response = HttpClient::send(url, headers, form);
    if (!response)
        return makeError(ErrorCode::ServerUnavailable,
            tr("the payment provider %1 cannot be reached: %2").arg(m_base.host(), response.error().detail));
    if (!response->ok()) {
        const QString message = QJsonDocument::fromJson(response->body)
                                    .object()
                                    .value(QStringLiteral("error"))
                                    .toObject()
                                    .value(QStringLiteral("message"))
                                    .toString();
        return makeError(
            response->status == 401 || response->status == 403 ? ErrorCode::PermissionDenied : ErrorCode::Io,
            tr("the payment provider refused (HTTP %1): %2")
                .arg(response->status)
                .arg(message.isEmpty() ? QString::fromUtf8(response->body.left(200)) : message));
    }
    return response->body;
}

Result<CheckoutClient::Session> CheckoutClient::createSession(
    const QString &reference, const Money &amount, const QString &description, const QUrl &successUrl) const
{
    const QByteArray form = QList<QByteArray> { formField("mode", QStringLiteral("payment")),
        formField("client_reference_id", reference), formField("metadata[invoice_number]", reference),
        formField("line_items[0][quantity]", QStringLiteral("1")),
        formField("line_items[0][price_data][currency]", amount.currency().code().toLower()),
        formField("line_items[0][price_data][unit_amount]", QString::number(amount.minorUnits())),
        formField("line_items[0][price_data][product_data][name]", description),
        formField("success_url", successUrl.toString()) }
                                .join('&');
    auto body = call(QStringLiteral("/v1/checkout/sessions"), form);
    if (!body)
        return body.error();
    const QJsonObject session = QJsonDocument::fromJson(*body).object();
    const QUrl url(session.value(QStringLiteral("url")).toString());
    if (session.value(QStringLiteral("id")).toString().isEmpty() || !url.isValid())
        return makeError(ErrorCode::Io, tr("the payment provider answered without a session id and address"));
    return Session { session.value(QStringLiteral("id")).toString(), url };
}

Result<QList<CheckoutClient::Completed>> CheckoutClient::completedSince(const QDateTime &after) const
{
    QList<Completed> completed;
    QString startingAfter;
    for (;;) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("type"), QStringLiteral("checkout.session.completed"));
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
        query.addQueryItem(QStringLiteral("created[gt]"), QString::number(after.toSecsSinceEpoch()));
        if (!startingAfter.isEmpty())
            query.addQueryItem(QStringLiteral("starting_after"), startingAfter);
        auto body = call(QStringLiteral("/v1/events?") + query.toString(QUrl::FullyEncoded));
        if (!body)
            return body.error();
        const QJsonObject page = QJsonDocument::fromJson(*body).object();
        const QJsonArray events = page.value(QStringLiteral("data")).toArray();
        for (const QJsonValue &value : events) {
            const QJsonObject event = value.toObject();
            const QJsonObject session
                = event.value(QStringLiteral("data")).toObject().value(QStringLiteral("object")).toObject();
            if (session.value(QStringLiteral("payment_status")).toString() != QLatin1String("paid"))
                continue;
            auto currency = Currency::fromCode(session.value(QStringLiteral("currency")).toString().toUpper());
            if (!currency)
                return makeError(ErrorCode::Io,
                    tr("event %1 names no known currency").arg(event.value(QStringLiteral("id")).toString()));
            completed.append({ event.value(QStringLiteral("id")).toString(),
                QDateTime::fromSecsSinceEpoch(event.value(QStringLiteral("created")).toInteger(), Qt::UTC),
                session.value(QStringLiteral("id")).toString(),
                session.value(QStringLiteral("client_reference_id")).toString(),
                Money(session.value(QStringLiteral("amount_total")).toInteger(), *currency),
                session.value(QStringLiteral("payment_intent")).toString() });
        }
        if (!page.value(QStringLiteral("has_more")).toBool() || events.isEmpty())
            break;
        startingAfter = events.last().toObject().value(QStringLiteral("id")).toString();
    }
    // The list comes newest first.
    std::sort(completed.begin(), completed.end(),
        [](const Completed &a, const Completed &b) { return a.created < b.created; });
    return completed;
}

} // namespace cc::net
