// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/ReportTable.h"
#include "services/MoneyFormatter.h"

#include <QAbstractTableModel>

namespace cc::ui {

/// A report table in a view: amounts and dates in the user's locale, numbers right-aligned,
/// sorting by the values themselves (SortValueRole).
class ReportTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ReportTableModel(QObject *parent = nullptr);

    void setTable(documents::ReportTable table);
    const documents::ReportTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    documents::ReportTable m_table;
    services::MoneyFormatter m_formatter;
};

} // namespace cc::ui
