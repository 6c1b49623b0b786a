// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "domain/Allocation.h"
#include "domain/PaymentSummary.h"

namespace cc::storage {

/// Payments and their allocations to invoices (and credit notes applied to invoices).
class PaymentRepository {
public:
    explicit PaymentRepository(SqlDatabase &db) : m_db(db) {}

    Status insert(const Payment &payment);
    Result<bool> exists(const QString &paymentId);
    /// Records an allocation, resolving document numbers; the caller refreshes settlement.
    Status allocate(const Allocation &allocation);
    /// A customer's payments, newest first, with the unapplied rest of each.
    Result<QList<PaymentSummary>> forCustomer(const QString &customerId);
    /// Recomputes when each payment (or one, by id) became fully applied.
    Status refreshApplication(const QString &paymentId = {});

private:
    SqlDatabase &m_db;
};

} // namespace cc::storage
