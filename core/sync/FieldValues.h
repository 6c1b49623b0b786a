// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace cc::sync {

/// Column values of one row in the server's text form (ISO dates, integer minor units),
/// keyed by server column name. A null QString stands for SQL NULL.
using FieldValues = QMap<QString, QString>;

/// A text column's value that is never NULL: a null QString would be written as SQL NULL.
inline QString notNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

/// JSON object with null for SQL NULL, as the outbox and the server's outcomes keep them.
QJsonObject toJson(const FieldValues &values);
FieldValues fieldValuesFromJson(const QJsonObject &object);
/// The same as compact JSON text, as the workspace stores it.
QString toJsonText(const FieldValues &values);
FieldValues fieldValuesFromJsonText(const QString &text);

} // namespace cc::sync
