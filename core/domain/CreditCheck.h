// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"

#include <QCoreApplication>

#include <optional>

namespace cc {

/// Whether an order may be released on credit. Exposure is what the customer owes (open
/// invoices less unapplied cash) plus their orders released but not invoiced yet plus this
/// order; it must stay within the credit limit (a customer without a limit gets no credit).
/// Where the team set an overdue threshold for the currency, overdue amounts above it hold
/// the order too. The server applies the same rule to anyone who is not a credit manager.
class CreditCheck {
    Q_DECLARE_TR_FUNCTIONS(CreditCheck)

public:
    struct Position {
        Money creditLimit;
        Money openReceivables;
        Money openOrders;
        Money overdue;
        std::optional<Money> overdueThreshold;
        QString creditHold; ///< why the customer is on credit hold; empty when they are not
    };

    /// Why `order` must be held, in words; empty when it may be released.
    static QStringList reasonsToHold(const Position &position, const Money &order);
    static Money exposure(const Position &position, const Money &order)
    {
        return position.openReceivables + position.openOrders + order;
    }
};

} // namespace cc
