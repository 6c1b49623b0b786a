// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoiceTableModel.h"

#include "DomainText.h"
#include "ItemRoles.h"
#include "Theme.h"

namespace cc::ui {

InvoiceTableModel::InvoiceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void InvoiceTableModel::setRows(QList<InvoiceSummary> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void InvoiceTableModel::appendRows(const QList<InvoiceSummary> &rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
}

void InvoiceTableModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int InvoiceTableModel::daysOverdue(const InvoiceSummary &row) const
{
    if (row.kind != DocumentKind::Invoice || !row.open.isPositive() || !row.dueDate.isValid() || !m_today.isValid())
        return 0;
    return int(qMax<qint64>(0, row.dueDate.daysTo(m_today)));
}

int InvoiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InvoiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InvoiceSummary &row = m_rows[index.row()];
    const int overdue = daysOverdue(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return row.number;
        case CustomerColumn:
            return row.customerName;
        case DateColumn:
            return m_format.date(row.invoiceDate);
        case DueColumn:
            return m_format.date(row.dueDate);
        case DaysOverdueColumn:
            return overdue > 0 ? m_format.locale().toString(overdue) : QString();
        case TotalColumn:
            return m_format.format(row.total);
        case OpenColumn:
            return row.open.isZero() ? QString() : m_format.format(row.open);
        case StatusColumn:
            return DomainText::status(row.status, row.kind);
        case CollectorColumn:
            return row.collector;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DaysOverdueColumn || index.column() == TotalColumn || index.column() == OpenColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (overdue > 0
            && (index.column() == DueColumn || index.column() == DaysOverdueColumn || index.column() == OpenColumn))
            return Theme::warning();
        break;
    case Qt::ToolTipRole:
        if (index.column() == CustomerColumn)
            return row.customerId;
        if (overdue > 0 && index.column() == DueColumn)
            return tr("%n day(s) overdue", nullptr, overdue);
        break;
    case CustomerIdRole:
        return row.customerId;
    case InvoiceNumberRole:
        return row.number;
    }
    return {};
}

QVariant InvoiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole
        && (section == DaysOverdueColumn || section == TotalColumn || section == OpenColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case CustomerColumn:
        return tr("Customer");
    case DateColumn:
        return tr("Date");
    case DueColumn:
        return tr("Due");
    case DaysOverdueColumn:
        return tr("Days overdue");
    case TotalColumn:
        return tr("Amount");
    case OpenColumn:
        return tr("Open");
    case StatusColumn:
        return tr("Status");
    case CollectorColumn:
        return tr("Collector");
    }
    return {};
}

} // namespace cc::ui
