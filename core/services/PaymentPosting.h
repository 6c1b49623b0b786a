// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "domain/FxRate.h"
#include "domain/Payment.h"
#include "domain/PaymentAllocator.h"
#include "storage/SqlDatabase.h"

#include <QCoreApplication>

#include <optional>

namespace cc::services {

/// Recording cash and what it pays: a payment with its allocations (oldest first by default,
/// early-payment discounts only when earned), unapplied cash applied later, refunds of it, and
/// reversals of bounced payments. Each is one workspace transaction, goes to the server through
/// the sync outbox, and leaves a note on the customer's timeline.
class PaymentPosting {
    Q_DECLARE_TR_FUNCTIONS(PaymentPosting)

public:
    /// A payment as the bank statement or cheque shows it.
    struct Receipt {
        QString customerId;
        QDate date;
        Money received;
        /// Set when `received` is not in the currency of the invoices it pays: how many units
        /// of that currency one unit received buys (base: received, quote: the invoices').
        std::optional<FxRate> rate;
        QString method;
        QString reference;
        /// The payment's id; empty: a new "PAY-…" one. A provider's id keeps a re-read payment single.
        QString id {};
        /// The bank line it was posted from, if any: the server lets a line pay once.
        QString bankLineId {};
    };

    PaymentPosting(storage::SqlDatabase &db, const Clock &clock, QString author)
        : m_db(db)
        , m_clock(clock)
        , m_author(std::move(author))
    {
    }

    /// What the receipt pays in the invoices' currency: converted at its rate (half away from
    /// zero, to the cent), or as received.
    static Result<Money> bookedAmount(const Receipt &receipt);
    /// The customer's invoices that cash in `currency` can pay, oldest due first.
    Result<QList<PaymentAllocator::OpenItem>> openItems(const QString &customerId, const Currency &currency);
    /// The oldest-first plan for a receipt.
    Result<PaymentAllocator::Plan> suggest(const Receipt &receipt);
    /// Records the payment and applies it as `plan` says; refused whole, naming each problem,
    /// when the plan does not hold (PaymentAllocator::check). Returns the new payment's id.
    Result<QString> record(const Receipt &receipt, const PaymentAllocator::Plan &plan);
    /// The oldest-first plan for what is still unapplied of a payment.
    Result<PaymentAllocator::Plan> suggestApplication(const QString &paymentId);
    /// Applies unapplied cash of an earlier payment; discounts count from the payment's date.
    Status apply(const QString &paymentId, const PaymentAllocator::Plan &plan);
    /// Pays `amount` of a payment's unapplied cash back to the customer. Returns the refund's id.
    Result<QString> refund(const QString &paymentId, const Money &amount, const QDate &date, const QString &method,
        const QString &reference);
    /// Reverses a payment that bounced: what it paid and the discounts granted with it are
    /// undone, so its invoices are open again, and it no longer counts as cash.
    Status reverse(const QString &paymentId, const QDate &date, const QString &reason);

private:
    Result<Payment> livePayment(const QString &paymentId);
    Status checkPlan(
        const Money &cash, const QDate &paymentDate, const QString &customerId, const PaymentAllocator::Plan &plan);
    /// Writes the plan's allocations of `payment`; returns the lines for the timeline note.
    Result<QStringList> allocate(const Payment &payment, const PaymentAllocator::Plan &plan);

    storage::SqlDatabase &m_db;
    const Clock &m_clock;
    QString m_author;
};

} // namespace cc::services
