// SPDX-License-Identifier: GPL-3.0-or-later
#include "AllocationModel.h"

#include "DomainText.h"
#include "ItemRoles.h"

namespace cc::ui {

AllocationModel::AllocationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AllocationModel::setAllocations(QList<Allocation> allocations, const QString &documentNumber)
{
    QList<Row> rows;
    rows.reserve(allocations.size());
    for (Allocation &a : allocations) {
        Row row;
        if (!a.paymentId.isEmpty()) {
            row.source = tr("Payment");
            row.document = a.paymentId;
        } else if (!a.discountPaymentId.isEmpty()) {
            row.source = tr("Early-payment discount");
            row.document = a.discountPaymentId;
        } else if (!a.writeOffId.isEmpty()) {
            row.source = tr("Write-off");
            row.document = a.writeOffId.left(8);
        } else if (a.creditNoteNumber == documentNumber) {
            // Shown on the credit note: the invoice it was applied to.
            row.source = DomainText::kind(DocumentKind::Invoice);
            row.document = row.openable = a.invoiceNumber;
        } else {
            row.source = DomainText::kind(DocumentKind::CreditNote);
            row.document = row.openable = a.creditNoteNumber;
        }
        row.allocation = std::move(a);
        rows.append(std::move(row));
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int AllocationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AllocationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllocationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return m_format.date(row.allocation.date);
        case SourceColumn:
            return row.source;
        case DocumentColumn:
            return row.document;
        case AmountColumn:
            return m_format.format(row.allocation.amount);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case InvoiceNumberRole:
        return row.openable;
    }
    return {};
}

QVariant AllocationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == AmountColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case SourceColumn:
        return tr("Type");
    case DocumentColumn:
        return tr("Reference");
    case AmountColumn:
        return tr("Amount");
    }
    return {};
}

} // namespace cc::ui
