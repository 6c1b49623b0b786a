// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderModel.h"

#include "ItemRoles.h"

namespace cc::ui {

OrderModel::OrderModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OrderModel::setOrders(const QList<SalesOrder> &orders)
{
    beginResetModel();
    m_orders = orders;
    endResetModel();
}

int OrderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int OrderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrderModel::statusText(SalesOrder::Status status)
{
    switch (status) {
    case SalesOrder::Status::Held:
        return tr("On credit hold");
    case SalesOrder::Status::Released:
        return tr("Released");
    case SalesOrder::Status::Invoiced:
        return tr("Invoiced");
    case SalesOrder::Status::Cancelled:
        return tr("Cancelled");
    case SalesOrder::Status::Open:
        break;
    }
    return tr("Open");
}

QVariant OrderModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_orders.size())
        return {};
    const SalesOrder &order = m_orders[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return m_format.date(order.orderDate);
        case NumberColumn:
            return order.number;
        case AmountColumn:
            return m_format.format(order.total);
        case StatusColumn:
            return statusText(order.status);
        case DetailColumn:
            return order.status == SalesOrder::Status::Held ? order.holdReason : order.customerReference;
        }
        break;
    case Qt::ToolTipRole:
        return index.column() == DetailColumn ? data(index, Qt::DisplayRole) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case OrderNumberRole:
        return order.number;
    case OrderStatusRole:
        return int(order.status);
    }
    return {};
}

QVariant OrderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Ordered");
    case NumberColumn:
        return tr("Order");
    case AmountColumn:
        return tr("Amount");
    case StatusColumn:
        return tr("Status");
    case DetailColumn:
        return tr("Reference or hold reason");
    }
    return {};
}

} // namespace cc::ui
