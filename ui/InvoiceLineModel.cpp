// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoiceLineModel.h"

namespace cc::ui {

InvoiceLineModel::InvoiceLineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void InvoiceLineModel::setLines(QList<InvoiceLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

void InvoiceLineModel::replaceLines(QList<InvoiceLine> lines)
{
    if (lines.size() != m_lines.size()) {
        setLines(std::move(lines));
        return;
    }
    m_lines = std::move(lines);
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_lines.size()) - 1, ColumnCount - 1));
}

int InvoiceLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int InvoiceLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceLineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InvoiceLine &line = m_lines[index.row()];
    if (role == Qt::TextAlignmentRole && index.column() >= QuantityColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ItemColumn:
        return line.item;
    case DescriptionColumn:
        return line.description;
    case QuantityColumn:
        return m_format.decimal(line.quantityMilli, 3);
    case UnitPriceColumn:
        return m_format.format(line.unitPrice);
    case DiscountColumn:
        return line.discountBp == 0 ? QString() : m_format.percent(line.discountBp);
    case TaxRateColumn:
        return m_format.percent(line.taxBp);
    case NetColumn:
        return m_format.format(line.netAmount());
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
