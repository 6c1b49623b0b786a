// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTableModel.h"

#include "ItemRoles.h"

namespace cc::ui {

using documents::ReportTable;

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReportTableModel::setTable(documents::ReportTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ReportTable::Cell &cell = m_table.rows[index.row()][index.column()];
    const ReportTable::Column &column = m_table.columns[index.column()];
    if (role == Qt::TextAlignmentRole)
        return int((column.kind == ReportTable::Kind::Text ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role == Qt::DisplayRole) {
        if (const auto *text = std::get_if<QString>(&cell))
            return *text;
        if (const auto *date = std::get_if<QDate>(&cell))
            return m_formatter.date(*date);
        if (const auto *money = std::get_if<Money>(&cell))
            return m_formatter.format(*money);
        if (const auto *number = std::get_if<double>(&cell))
            return QLocale().toString(*number, 'f', column.decimals);
        return QString();
    }
    if (role == SortValueRole) {
        if (const auto *text = std::get_if<QString>(&cell))
            return *text;
        if (const auto *date = std::get_if<QDate>(&cell))
            return *date;
        if (const auto *money = std::get_if<Money>(&cell))
            return money->minorUnits();
        if (const auto *number = std::get_if<double>(&cell))
            return *number;
    }
    return {};
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_table.columns.size())
        return m_table.columns[section].title;
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace cc::ui
