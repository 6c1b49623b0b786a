// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoiceLinesJson.h"

#include <QJsonObject>

namespace cc {

QJsonArray InvoiceLinesJson::toJson(const QList<InvoiceLine> &lines)
{
    QJsonArray array;
    for (const InvoiceLine &line : lines) {
        array.append(
            QJsonObject { { QStringLiteral("item"), line.item }, { QStringLiteral("description"), line.description },
                { QStringLiteral("quantity_milli"), line.quantityMilli },
                { QStringLiteral("unit_price_minor"), line.unitPrice.minorUnits() },
                { QStringLiteral("discount_bp"), line.discountBp }, { QStringLiteral("tax_bp"), line.taxBp } });
    }
    return array;
}

Result<QList<InvoiceLine>> InvoiceLinesJson::fromJson(const QJsonArray &lines, const Currency &currency)
{
    QList<InvoiceLine> result;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject line = lines.at(i).toObject();
        if (!lines.at(i).isObject() || !line.value(QStringLiteral("quantity_milli")).isDouble()
            || !line.value(QStringLiteral("unit_price_minor")).isDouble())
            return makeError(
                ErrorCode::InvalidInput, tr("line %1 needs a quantity_milli and a unit_price_minor").arg(i + 1));
        result.append(
            { line.value(QStringLiteral("item")).toString(), line.value(QStringLiteral("description")).toString(),
                line.value(QStringLiteral("quantity_milli")).toInteger(),
                Money(line.value(QStringLiteral("unit_price_minor")).toInteger(), currency),
                int(line.value(QStringLiteral("discount_bp")).toInteger()),
                int(line.value(QStringLiteral("tax_bp")).toInteger()) });
    }
    return result;
}

} // namespace cc
