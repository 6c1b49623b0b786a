// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/SalesOrder.h"
#include "services/MoneyFormatter.h"

#include <QAbstractTableModel>

namespace cc::ui {

/// A customer's sales orders, newest first, with their credit status and why one is held.
class OrderModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, NumberColumn, AmountColumn, StatusColumn, DetailColumn, ColumnCount };

    explicit OrderModel(QObject *parent = nullptr);
    void setOrders(const QList<SalesOrder> &orders);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(SalesOrder::Status status);

private:
    QList<SalesOrder> m_orders;
    services::MoneyFormatter m_format;
};

} // namespace cc::ui
