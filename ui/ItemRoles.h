// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace cc::ui {

/// Every custom item-data role of CashCycle's models, in one place so they never collide.
enum ItemRole {
    CustomerIdRole = Qt::UserRole + 1, ///< QString: the customer a row is about
    InvoiceNumberRole, ///< QString: the document a row is about (empty for payments)
    ChannelRole, ///< int (collections::ContactChannel): how a worklist account is best reached
    DoneRole, ///< bool: the worklist account was worked today
    CurrencyRole, ///< QString: ISO code of a row's amounts
    SegmentRole, ///< QString: the customer's segment
    RecordIdRole, ///< QString: the id of a timeline entry's activity, promise or task
    OpenFollowUpRole, ///< bool: a timeline entry is a follow-up not yet done
    OpenPromiseRole, ///< bool: a timeline entry is a promise not yet kept, broken or cancelled
    PaymentIdRole, ///< QString: the payment a row is about (empty for documents)
    LivePaymentRole, ///< bool: the row's payment has not been reversed
    OrderNumberRole, ///< QString: the sales order a row is about
    OrderStatusRole, ///< int (SalesOrder::Status): where that order stands
    SortValueRole, ///< the cell's value to sort by: text, date, minor units or number
};

} // namespace cc::ui
