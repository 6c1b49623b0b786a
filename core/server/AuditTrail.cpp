// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditTrail.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cc::server {
namespace {

QString valueText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("∅");
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toInteger());
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

/// What changed between two versions of a row; sync bookkeeping is left out.
QString changesBetween(const QJsonObject &before, const QJsonObject &after)
{
    static const QStringList bookkeeping { QStringLiteral("row_version"), QStringLiteral("changed_xid") };
    QStringList parts;
    const QJsonObject &shape = after.isEmpty() ? before : after;
    for (auto it = shape.constBegin(); it != shape.constEnd(); ++it) {
        if (bookkeeping.contains(it.key()))
            continue;
        const QJsonValue old = before.value(it.key());
        const QJsonValue now = after.value(it.key());
        if (before.isEmpty() || after.isEmpty())
            parts << QStringLiteral("%1: %2").arg(it.key(), valueText(it.value()));
        else if (old != now)
            parts << QStringLiteral("%1: %2 → %3").arg(it.key(), valueText(old), valueText(now));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

Result<QList<AuditTrail::Entry>> AuditTrail::forCustomer(PgConnection &server, const QString &customerId, int limit)
{
    auto rows = server.exec(QStringLiteral(
                                "SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), actor, table_name, "
                                "operation, row_key, COALESCE(before::text, '{}'), COALESCE(after::text, '{}') "
                                "FROM audit_log WHERE (table_name = 'customers' AND row_key = $1) "
                                "OR COALESCE(after ->> 'customer_id', before ->> 'customer_id') = $1 "
                                "ORDER BY at DESC, id DESC LIMIT $2"),
        { customerId, QString::number(limit) });
    if (!rows)
        return rows.error();
    QList<Entry> entries;
    for (int row = 0; row < rows->rowCount(); ++row) {
        const QJsonObject before = QJsonDocument::fromJson(rows->text(row, 5).toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(rows->text(row, 6).toUtf8()).object();
        entries.append({ QDateTime::fromString(rows->text(row, 0), Qt::ISODate), rows->text(row, 1), rows->text(row, 2),
            rows->text(row, 3), rows->text(row, 4), changesBetween(before, after) });
    }
    return entries;
}

} // namespace cc::server
