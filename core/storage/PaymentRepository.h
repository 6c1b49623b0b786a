// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "domain/Allocation.h"
#include "domain/PaymentSummary.h"

#include <optional>

namespace cc::storage {

/// Payments and their allocations to invoices (and credit notes applied to invoices).
class PaymentRepository {
public:
    explicit PaymentRepository(SqlDatabase &db)
        : m_db(db)
    {
    }

    Status insert(const Payment &payment);
    /// Inserts the payment, or updates the one with its id (application is left to refreshApplication()).
    Status upsert(const Payment &payment);
    /// The payment with this id, if any (a cached statement: imports look up every row).
    Result<std::optional<Payment>> find(const QString &paymentId);
    /// Records an allocation, resolving document numbers; the caller refreshes settlement.
    Status allocate(const Allocation &allocation);
    /// The same by document ids (bulk writers know them already); a credit note or a payment id.
    Status allocate(qint64 invoiceId, std::optional<qint64> creditNoteId, const QString &paymentId, const Money &amount,
        const QDate &date);
    /// Records or updates the allocation the server knows as `serverId`; returns the invoice it
    /// applies to, for refreshSettlement(). Documents are named by number.
    Result<qint64> upsertAllocation(const QString &serverId, const Allocation &allocation);
    /// The same with the documents' ids resolved; `isNew` when the row cannot exist yet (a first pull).
    Status putAllocation(const QString &serverId, qint64 invoiceId, std::optional<qint64> creditNoteId,
        const Allocation &allocation, bool isNew);
    /// An allocation as sync and the workspace know it.
    struct AllocationKey {
        qint64 id = 0;
        QString serverId; ///< empty for a row that never went to a server
        qint64 invoiceId = 0;
    };

    /// What is still unapplied of a payment (nothing once it is reversed).
    Result<Money> unapplied(const Payment &payment);
    /// What was refunded of a payment, in its currency's minor units.
    Result<qint64> refundedMinor(const QString &paymentId);
    /// The allocations that pay with a payment or grant the discount taken with it.
    Result<QList<AllocationKey>> allocationKeysOf(const QString &paymentId);
    /// Removes an allocation that never went to a server; the caller refreshes settlement.
    Status removeLocalAllocation(qint64 id);
    /// A customer's payments, newest first, with the unapplied rest of each.
    Result<QList<PaymentSummary>> forCustomer(const QString &customerId);
    /// What was applied to a document (payments and credit notes) or, for a credit note, where
    /// it was applied; oldest first, in the document's currency.
    Result<QList<Allocation>> allocationsFor(qint64 documentId);
    /// Recomputes when each payment (or one, by id) became fully applied (or refunded, or
    /// reversed).
    Status refreshApplication(const QString &paymentId = {});

    /// The unapplied rest of payment `p` as an SQL expression: its amount less what allocations
    /// and refunds used (on or before the day `dayParameter` names, when given).
    static QString unappliedSql(const QString &dayParameter);

private:
    SqlDatabase &m_db;
};

} // namespace cc::storage
