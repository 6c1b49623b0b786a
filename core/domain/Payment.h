// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"

#include <QDate>

namespace cc {

/// Cash received from a customer. What is not allocated to invoices is unapplied cash.
struct Payment {
    QString id; ///< external payment id (bank reference or ERP number)
    QString customerId;
    QDate date;
    Money amount;
    QString method;
    QString reference;
    QDate appliedOn; ///< when allocations used the whole amount; kept by storage
    qint64 rowVersion = 0; ///< the server's version of the row this copy reflects; 0 before the first sync

    /// Sets appliedOn from the payment's allocations, by the rule storage keeps
    /// (PaymentRepository::refreshApplication).
    void applyAllocations(qint64 allocatedMinor, const QDate &lastAllocation)
    {
        appliedOn
            = allocatedMinor == amount.minorUnits() ? (lastAllocation.isValid() ? lastAllocation : date) : QDate();
    }
};

} // namespace cc
