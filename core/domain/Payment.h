// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"

#include <QDate>

#include <optional>

namespace cc {

/// Cash received from a customer, in the currency of the invoices it pays. What is neither
/// allocated to invoices nor refunded is unapplied cash.
struct Payment {
    QString id; ///< external payment id (bank reference or ERP number)
    QString customerId;
    QDate date;
    Money amount;
    QString method;
    QString reference;
    QDate appliedOn; ///< when allocations used the whole amount; kept by storage
    qint64 rowVersion = 0; ///< the server's version of the row this copy reflects; 0 before the first sync
    /// Set when the payment came in another currency: what arrived, and the rate it was booked
    /// at (units of `amount`'s currency per unit received, as a decimal).
    std::optional<Money> received {};
    QString fxRate {};
    /// Set when the payment bounced: it no longer pays anything and is not unapplied cash.
    QDate reversedOn {};
    QString reversalReason {};

    /// Sets appliedOn from what the payment's allocations and refunds used, by the rule
    /// storage keeps (PaymentRepository::refreshApplication): a reversed payment is used up.
    void applyAllocations(qint64 usedMinor, const QDate &lastUse)
    {
        if (reversedOn.isValid())
            appliedOn = reversedOn;
        else
            appliedOn = usedMinor == amount.minorUnits() ? (lastUse.isValid() ? lastUse : date) : QDate();
    }
};

} // namespace cc
