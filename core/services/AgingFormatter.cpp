// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgingFormatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace cc::services {
namespace {

QJsonObject rowObject(const AgingRow &row, const QStringList &keys, bool withCustomer)
{
    QJsonObject object;
    if (withCustomer)
        object.insert(QStringLiteral("customer_id"), row.customerId);
    object.insert(QStringLiteral("currency"), row.currency().code());
    for (int i = 0; i < keys.size(); ++i)
        object.insert(keys[i], row.buckets[i].toDecimalString());
    object.insert(QStringLiteral("unapplied"), row.unapplied.toDecimalString());
    object.insert(QStringLiteral("total"), row.total().toDecimalString());
    return object;
}

QStringList rowFields(const AgingRow &row)
{
    QStringList fields { row.customerId, row.currency().code() };
    for (const Money &bucket : row.buckets)
        fields << bucket.toDecimalString();
    fields << row.unapplied.toDecimalString() << row.total().toDecimalString();
    return fields;
}

} // namespace

QByteArray AgingFormatter::toJson(const AgingReport &report)
{
    const QStringList keys = report.buckets.keys();
    QJsonArray customers;
    for (const AgingRow &row : report.rows)
        customers.append(rowObject(row, keys, true));
    QJsonArray totals;
    for (const AgingRow &row : report.totals)
        totals.append(rowObject(row, keys, false));
    QJsonObject root { { QStringLiteral("as_of"), report.asOf.toString(Qt::ISODate) },
        { QStringLiteral("customers"), customers }, { QStringLiteral("totals"), totals } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray AgingFormatter::toCsv(const AgingReport &report)
{
    QStringList header { QStringLiteral("customer_id"), QStringLiteral("currency") };
    header << report.buckets.keys() << QStringLiteral("unapplied") << QStringLiteral("total");
    QByteArray out = header.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const AgingRow &row : report.rows) {
        QStringList fields = rowFields(row);
        static const QRegularExpression needsQuotes(QStringLiteral("[,\"\r\n]"));
        if (fields[0].contains(needsQuotes))
            fields[0] = QLatin1Char('"') + QString(fields[0]).replace(QLatin1String("\""), QLatin1String("\"\""))
                + QLatin1Char('"');
        out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

QByteArray AgingFormatter::toTable(const AgingReport &report)
{
    QStringList header { QStringLiteral("customer"), QStringLiteral("cur") };
    header << report.buckets.keys() << QStringLiteral("unapplied") << QStringLiteral("total");
    QList<QStringList> lines { header };
    for (const AgingRow &row : report.rows)
        lines << rowFields(row);
    for (AgingRow row : report.totals) {
        row.customerId = QStringLiteral("TOTAL");
        lines << rowFields(row);
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &line : lines) {
        for (int i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line[i].size());
    }
    QByteArray out;
    out += QByteArray("Aging as of ") + report.asOf.toString(Qt::ISODate).toUtf8() + "\n";
    for (const QStringList &line : lines) {
        QStringList padded;
        for (int i = 0; i < line.size(); ++i)
            padded << (i < 2 ? line[i].leftJustified(widths[i]) : line[i].rightJustified(widths[i]));
        out += padded.join(QStringLiteral("  ")).toUtf8() + "\n";
    }
    return out;
}

} // namespace cc::services
