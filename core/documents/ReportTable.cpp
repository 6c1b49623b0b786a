// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTable.h"

namespace cc::documents {

QString ReportTable::plainText(int row, int column) const
{
    const Cell &cell = rows[row][column];
    if (const auto *text = std::get_if<QString>(&cell))
        return *text;
    if (const auto *date = std::get_if<QDate>(&cell))
        return date->toString(Qt::ISODate);
    if (const auto *money = std::get_if<Money>(&cell))
        return money->toDecimalString();
    if (const auto *number = std::get_if<double>(&cell))
        return QString::number(*number, 'f', columns[column].decimals);
    return {};
}

} // namespace cc::documents
