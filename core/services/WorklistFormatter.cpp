// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorklistFormatter.h"
#include "common/CsvField.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cc::services {
namespace {

QString channelName(collections::ContactChannel channel)
{
    return channel == collections::ContactChannel::Call ? QStringLiteral("call") : QStringLiteral("email");
}

} // namespace

QByteArray WorklistFormatter::toJson(const QList<collections::WorklistEntry> &entries) const
{
    QJsonArray list;
    for (const collections::WorklistEntry &entry : entries) {
        list.append(
            QJsonObject { { QStringLiteral("rank"), entry.rank }, { QStringLiteral("customer_id"), entry.customerId },
                { QStringLiteral("name"), entry.name }, { QStringLiteral("score"), entry.score },
                { QStringLiteral("collectible"), entry.collectible.toDecimalString() },
                { QStringLiteral("currency"), entry.collectible.currency().code() },
                { QStringLiteral("channel"), channelName(entry.channel) }, { QStringLiteral("done"), entry.done },
                { QStringLiteral("reasons"), QJsonArray::fromStringList(m_text.reasons(entry)) } });
    }
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}

QByteArray WorklistFormatter::toCsv(const QList<collections::WorklistEntry> &entries) const
{
    QByteArray out = "rank,customer_id,name,score,collectible,currency,channel,done,reasons\r\n";
    for (const collections::WorklistEntry &entry : entries) {
        const QStringList fields { QString::number(entry.rank), csvField(entry.customerId), csvField(entry.name),
            QString::number(entry.score, 'f', 1), entry.collectible.toDecimalString(),
            entry.collectible.currency().code(), channelName(entry.channel),
            entry.done ? QStringLiteral("yes") : QStringLiteral("no"), csvField(m_text.summary(entry)) };
        out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

} // namespace cc::services
