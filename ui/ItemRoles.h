// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace cc::ui {

/// Every custom item-data role of CashCycle's models, in one place so they never collide.
enum ItemRole {
    CustomerIdRole = Qt::UserRole + 1, ///< QString: the customer a row is about
    InvoiceNumberRole, ///< QString: the document a row is about (empty for payments)
};

} // namespace cc::ui
