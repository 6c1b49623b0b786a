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

QString toJsonText(const FieldValues &values)
{
    return QString::fromUtf8(QJsonDocument(toJson(values)).toJson(QJsonDocument::Compact));
}

FieldValues fieldValuesFromJsonText(const QString &text)
{
    return fieldValuesFromJson(QJsonDocument::fromJson(text.toUtf8()).object());
}

} // namespace cc::sync
