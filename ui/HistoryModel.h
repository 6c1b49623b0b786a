// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/InvoiceSummary.h"
#include "domain/PaymentSummary.h"
#include "services/MoneyFormatter.h"

#include <QAbstractTableModel>

namespace cc::ui {

/// A customer's account history: invoices, credit notes and payments, newest first, read like
/// a statement (documents raise the balance, payments lower it).
class HistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, TypeColumn, DocumentColumn, AmountColumn, OpenColumn, DetailColumn, ColumnCount };

    explicit HistoryModel(QObject *parent = nullptr);
    void setHistory(const QList<InvoiceSummary> &documents, const QList<PaymentSummary> &payments);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        QDate date;
        QString type;
        QString document;
        QString invoiceNumber; // set for documents, so they can be opened
        QString paymentId; // set for payments, so they can be applied, refunded or reversed
        bool reversed = false;
        Money amount;
        Money open;
        QString detail;
    };

    QList<Entry> m_entries;
    services::MoneyFormatter m_format;
};

} // namespace cc::ui
