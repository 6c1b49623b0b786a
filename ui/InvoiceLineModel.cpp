// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoiceLineModel.h"

namespace cc::ui {

InvoiceLineModel::InvoiceLineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void InvoiceLineModel::setLines(QList<InvoiceLine> lines)
{
    QList<Row> rows;
    rows.reserve(lines.size());
    // Net only: tax is rounded once per rate on the whole invoice, so per-line tax amounts
    // would not add up to it. The totals under the lines show tax per rate.
    for (InvoiceLine &line : lines) {
        const Money net = line.netAmount();
        rows.append({ std::move(line), net });
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int InvoiceLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InvoiceLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceLineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    if (role == Qt::TextAlignmentRole && index.column() >= QuantityColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ItemColumn:
        return row.line.item;
    case DescriptionColumn:
        return row.line.description;
    case QuantityColumn:
        return m_format.decimal(row.line.quantityMilli, 3);
    case UnitPriceColumn:
        return m_format.format(row.line.unitPrice);
    case DiscountColumn:
        return row.line.discountBp == 0 ? QString() : m_format.percent(row.line.discountBp);
    case TaxRateColumn:
        return m_format.percent(row.line.taxBp);
    case NetColumn:
        return m_format.format(row.net);
    }
    return {};
}

QVariant InvoiceLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section >= QuantityColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case DescriptionColumn:
        return tr("Description");
    case QuantityColumn:
        return tr("Quantity");
    case UnitPriceColumn:
        return tr("Unit price");
    case DiscountColumn:
        return tr("Discount");
    case TaxRateColumn:
        return tr("Tax rate");
    case NetColumn:
        return tr("Net");
    }
    return {};
}

} // namespace cc::ui
