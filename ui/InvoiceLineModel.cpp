// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoiceLineModel.h"

#include "domain/InvoiceTotals.h"

namespace cc::ui {

InvoiceLineModel::InvoiceLineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void InvoiceLineModel::setLines(QList<InvoiceLine> lines, const Currency &currency)
{
    QList<Row> rows;
    rows.reserve(lines.size());
    for (InvoiceLine &line : lines) {
        const InvoiceTotals totals = InvoiceTotals::compute({ line }, currency, TaxRounding::PerLine);
        rows.append({ std::move(line), totals.net, totals.tax, totals.gross });
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
    case TaxColumn:
        return m_format.format(row.tax);
    case GrossColumn:
        return m_format.format(row.gross);
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
    case TaxColumn:
        return tr("Tax");
    case GrossColumn:
        return tr("Gross");
    }
    return {};
}

} // namespace cc::ui
