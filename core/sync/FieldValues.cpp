// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldValues.h"

#include <QJsonDocument>

namespace cc::sync {

QJsonObject toJson(const FieldValues &values)
{
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        object.insert(it.key(), it.value().isNull() ? QJsonValue() : QJsonValue(it.value()));
    return object;
}

FieldValues fieldValuesFromJson(const QJsonObject &object)
{
    FieldValues values;
    for (auto it = object.begin(); it != object.end(); ++it)
        values.insert(it.key(), it.value().isNull() ? QString() : it.value().toString());
    return values;
}

namespace {

void appendJsonString(QString &out, const QString &text)
{
    out += QLatin1Char('"');
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c.unicode() < 0x20) {
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += QLatin1Char('"');
}

} // namespace

QString toJsonText(const FieldValues &values)
{
    // Written directly: every synced change is kept this way, and an import makes thousands.
    QString out;
    out.reserve(64 * values.size() + 2);
    out += QLatin1Char('{');
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it != values.cbegin())
            out += QLatin1Char(',');
        appendJsonString(out, it.key());
        out += QLatin1Char(':');
        if (it.value().isNull())
            out += QLatin1String("null");
        else
            appendJsonString(out, it.value());
    }
    out += QLatin1Char('}');
    return out;
}

FieldValues fieldValuesFromJsonText(const QString &text)
{
    return fieldValuesFromJson(QJsonDocument::fromJson(text.toUtf8()).object());
}

} // namespace cc::sync
