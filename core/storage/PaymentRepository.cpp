// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentRepository.h"

namespace cc::storage {

Status PaymentRepository::insert(const Payment &payment)
{
    auto statement = m_db.cached(QStringLiteral(
        "INSERT INTO payments (id, customer_id, payment_day, currency, amount_minor, method, reference) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!statement)
        return statement.error();
    (*statement)->bind(1, payment.id)
        .bind(2, payment.customerId)
        .bind(3, payment.date)
        .bind(4, payment.amount.currency().code())
        .bind(5, payment.amount.minorUnits())
        .bind(6, payment.method)
        .bind(7, payment.reference);
    auto status = (*statement)->run();
    if (!status && status.error().code == ErrorCode::Duplicate)
        return makeError(ErrorCode::Duplicate, QStringLiteral("payment %1 exists already").arg(payment.id));
    return status;
}

Result<bool> PaymentRepository::exists(const QString &paymentId)
{
    auto query = m_db.cached(QStringLiteral("SELECT 1 FROM payments WHERE id = ?1"));
    if (!query)
        return query.error();
    return (*query)->bind(1, paymentId).next();
}

Status PaymentRepository::allocate(const Allocation &allocation)
{
    auto statement = m_db.cached(QStringLiteral(
        "INSERT INTO allocations (invoice_id, payment_id, credit_note_id, amount_minor, alloc_day) "
        "SELECT inv.id, ?2, (SELECT id FROM invoices WHERE number = ?3 AND kind = 1), ?4, ?5 "
        "FROM invoices inv WHERE inv.number = ?1 AND inv.kind = 0"));
    if (!statement)
        return statement.error();
    (*statement)->bind(1, allocation.invoiceNumber)
        .bindOrNull(2, allocation.paymentId)
        .bindOrNull(3, allocation.creditNoteNumber)
        .bind(4, allocation.amount.minorUnits())
        .bind(5, allocation.date);
    if (auto status = (*statement)->run(); !status)
        return status;
    auto inserted = m_db.scalar(QStringLiteral("SELECT changes()"));
    if (!inserted)
        return inserted.error();
    if (*inserted != 1)
        return makeError(ErrorCode::NotFound, QStringLiteral("no invoice numbered %1").arg(allocation.invoiceNumber));
    return success();
}

Result<QList<PaymentSummary>> PaymentRepository::forCustomer(const QString &customerId)
{
    auto query = m_db.prepare(QStringLiteral(
        "SELECT p.id, p.payment_day, p.currency, p.amount_minor, p.method, p.reference, "
        "p.amount_minor - COALESCE((SELECT SUM(a.amount_minor) FROM allocations a WHERE a.payment_id = p.id), 0) "
        "FROM payments p WHERE p.customer_id = ?1 ORDER BY p.payment_day DESC, p.id"));
    if (!query)
        return query.error();
    query->bind(1, customerId);
    QList<PaymentSummary> rows;
    while (true) {
        auto next = query->next();
        if (!next)
            return next.error();
        if (!*next)
            break;
        auto currency = Currency::fromCode(query->text(2));
        if (!currency)
            return makeError(ErrorCode::CorruptWorkspace, currency.error().detail);
        Payment payment{query->text(0), customerId, query->date(1), Money(query->int64(3), *currency),
                        query->text(4), query->text(5)};
        rows.append({payment, Money(query->int64(6), *currency)});
    }
    return rows;
}

Status PaymentRepository::refreshApplication(const QString &paymentId)
{
    auto update = m_db.prepare(QStringLiteral(
        "UPDATE payments SET applied_day = CASE WHEN amount_minor = "
        "COALESCE((SELECT SUM(a.amount_minor) FROM allocations a WHERE a.payment_id = payments.id), 0) "
        "THEN COALESCE((SELECT MAX(a.alloc_day) FROM allocations a WHERE a.payment_id = payments.id), payment_day) END "
        "WHERE ?1 IS NULL OR id = ?1"));
    if (!update)
        return update.error();
    return update->bindOrNull(1, paymentId).run();
}

} // namespace cc::storage
