// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/MoneyFormatter.h"
#include "domain/InvoiceSummary.h"

#include <QAbstractTableModel>

namespace cc::ui {

/// A list of invoices and credit notes with their open amounts, as a value snapshot.
class InvoiceTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        CustomerColumn,
        DateColumn,
        DueColumn,
        DaysOverdueColumn,
        TotalColumn,
        OpenColumn,
        StatusColumn,
        CollectorColumn,
        ColumnCount
    };

    explicit InvoiceTableModel(QObject *parent = nullptr);

    void setRows(QList<InvoiceSummary> rows);
    /// The day overdue days are counted to.
    void setToday(const QDate &today);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void appendRows(const QList<InvoiceSummary> &rows);
    qsizetype loadedCount() const { return m_rows.size(); }

private:
    int daysOverdue(const InvoiceSummary &row) const;

    QList<InvoiceSummary> m_rows;
    QDate m_today;
    services::MoneyFormatter m_format;
};

} // namespace cc::ui
