// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/MoneyFormatter.h"
#include "domain/Allocation.h"

#include <QAbstractTableModel>

namespace cc::ui {

/// What settled a document (payments, credit notes) or, for a credit note, what it settled.
class AllocationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, SourceColumn, DocumentColumn, AmountColumn, ColumnCount };

    explicit AllocationModel(QObject *parent = nullptr);
    /// `documentNumber` is the document being shown: its own number is not repeated per row.
    void setAllocations(QList<Allocation> allocations, const QString &documentNumber);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Allocation allocation;
        QString source; // "Payment" or "Credit note"
        QString document; // the payment id or the other document's number
        QString openable; // a document number that can be opened, if any
    };

    QList<Row> m_rows;
    services::MoneyFormatter m_format;
};

} // namespace cc::ui
