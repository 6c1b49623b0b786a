// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentRepository.h"

#include "InvoiceRepository.h"

namespace cc::storage {
namespace {

// The columns insert and upsert share, at ?1 … ?13.
void bindPayment(SqlStatement &statement, const Payment &payment)
{
    statement.bind(1, payment.id)
        .bind(2, payment.customerId)
        .bind(3, payment.date)
        .bind(4, payment.amount.currency().code())
        .bind(5, payment.amount.minorUnits())
        .bind(6, payment.method)
        .bind(7, payment.reference)
        .bind(8, payment.rowVersion);
    if (payment.received) {
        statement.bind(9, payment.received->currency().code())
            .bind(10, payment.received->minorUnits())
            .bind(11, payment.fxRate);
    } else {
        statement.bindNull(9).bindNull(10).bindNull(11);
    }
    statement.bind(12, payment.reversedOn).bind(13, payment.reversalReason);
}

const QString kPaymentColumns = QStringLiteral("customer_id, payment_day, currency, amount_minor, method, reference, "
                                               "applied_day, row_version, received_currency, received_minor, fx_rate, "
                                               "reversed_day, reversal_reason");

// A payment read in kPaymentColumns' order from `first` on.
Result<Payment> paymentAt(const SqlStatement &row, int first, const QString &id)
{
    auto currency = row.currency(first + 2);
    if (!currency)
        return currency.error();
    Payment payment { id, row.text(first), row.date(first + 1), Money(row.int64(first + 3), *currency),
        row.text(first + 4), row.text(first + 5), row.date(first + 6), row.int64(first + 7) };
    if (!row.isNull(first + 8)) {
        auto received = row.currency(first + 8);
        if (!received)
            return received.error();
        payment.received = Money(row.int64(first + 9), *received);
        payment.fxRate = row.text(first + 10);
    }
    payment.reversedOn = row.date(first + 11);
    payment.reversalReason = row.text(first + 12);
    return payment;
}

} // namespace

Status PaymentRepository::insert(const Payment &payment)
{
    auto statement = m_db.cached(QStringLiteral(
        "INSERT INTO payments (id, customer_id, payment_day, currency, amount_minor, method, reference, row_version, "
        "received_currency, received_minor, fx_rate, reversed_day, reversal_reason, applied_day) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"));
    if (!statement)
        return statement.error();
    bindPayment(**statement, payment);
    (*statement)->bind(14, payment.appliedOn);
    auto status = (*statement)->run();
    if (!status && status.error().code == ErrorCode::Duplicate)
        return makeError(ErrorCode::Duplicate, QStringLiteral("payment %1 exists already").arg(payment.id));
    return status;
}

Result<std::optional<Payment>> PaymentRepository::find(const QString &paymentId)
{
    auto query = m_db.cached(QStringLiteral("SELECT %1 FROM payments WHERE id = ?1").arg(kPaymentColumns));
    if (!query)
        return query.error();
    auto row = (*query)->bind(1, paymentId).next();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Payment>();
    auto payment = paymentAt(**query, 0, paymentId);
    // Release the read now rather than at the next lookup.
    (*query)->reset();
    if (!payment)
        return payment.error();
    return std::optional<Payment>(*payment);
}

Status PaymentRepository::upsert(const Payment &payment)
{
    auto update = m_db.cached(QStringLiteral(
        "UPDATE payments SET customer_id = ?2, payment_day = ?3, currency = ?4, amount_minor = ?5, method = ?6, "
        "reference = ?7, row_version = ?8, received_currency = ?9, received_minor = ?10, fx_rate = ?11, "
        "reversed_day = ?12, reversal_reason = ?13 WHERE id = ?1"));
    if (!update)
        return update.error();
    bindPayment(**update, payment);
    if (auto status = (*update)->run(); !status)
        return status;
    return m_db.changes() > 0 ? success() : insert(payment);
}

Result<qint64> PaymentRepository::upsertAllocation(const QString &serverId, const Allocation &allocation)
{
    InvoiceRepository invoices(m_db);
    auto invoiceId = invoices.idForNumber(allocation.invoiceNumber);
    if (!invoiceId)
        return invoiceId.error();
    if (!*invoiceId)
        return makeError(ErrorCode::NotFound, QStringLiteral("no invoice numbered %1").arg(allocation.invoiceNumber));
    std::optional<qint64> creditNoteId;
    if (!allocation.creditNoteNumber.isEmpty()) {
        auto note = invoices.idForNumber(allocation.creditNoteNumber);
        if (!note)
            return note.error();
        if (!*note)
            return makeError(
                ErrorCode::NotFound, QStringLiteral("no credit note numbered %1").arg(allocation.creditNoteNumber));
        creditNoteId = *note;
    }
    if (auto status = putAllocation(serverId, **invoiceId, creditNoteId, allocation, false); !status)
        return status.error();
    return **invoiceId;
}

Status PaymentRepository::putAllocation(const QString &serverId, qint64 invoiceId, std::optional<qint64> creditNoteId,
    const Allocation &allocation, bool isNew)
{
    auto update = m_db.cached(QStringLiteral(
        "UPDATE allocations SET invoice_id = ?2, payment_id = ?3, credit_note_id = ?4, amount_minor = ?5, "
        "alloc_day = ?6, row_version = ?7, discount_payment_id = ?8, write_off_id = ?9 WHERE server_id = ?1"));
    if (!update)
        return update.error();
    auto insert = m_db.cached(QStringLiteral(
        "INSERT INTO allocations (server_id, invoice_id, payment_id, credit_note_id, amount_minor, alloc_day, "
        "row_version, discount_payment_id, write_off_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    if (!insert)
        return insert.error();
    // A row known to be new skips the update that would find nothing.
    const QList<SqlStatement *> attempts
        = isNew ? QList<SqlStatement *> { *insert } : QList<SqlStatement *> { *update, *insert };
    for (SqlStatement *statement : attempts) {
        statement->bind(1, serverId).bind(2, invoiceId).bindOrNull(3, allocation.paymentId);
        if (creditNoteId)
            statement->bind(4, *creditNoteId);
        else
            statement->bindNull(4);
        statement->bind(5, allocation.amount.minorUnits())
            .bind(6, allocation.date)
            .bind(7, allocation.rowVersion)
            .bindOrNull(8, allocation.discountPaymentId)
            .bindOrNull(9, allocation.writeOffId);
        if (auto status = statement->run(); !status)
            return status;
        if (m_db.changes() > 0)
            break;
    }
    return success();
}

Status PaymentRepository::allocate(const Allocation &allocation)
{
    // Ids are looked up first so the INSERT is single-row: an INSERT … SELECT needs a
    // statement journal, and SQLCipher encrypts every page copied into it.
    auto lookup = m_db.cached(QStringLiteral("SELECT id FROM invoices WHERE number = ?1 AND kind = ?2"));
    if (!lookup)
        return lookup.error();
    auto found = (*lookup)->bind(1, allocation.invoiceNumber).bind(2, 0).next();
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, QStringLiteral("no invoice numbered %1").arg(allocation.invoiceNumber));
    const qint64 invoiceId = (*lookup)->int64(0);
    std::optional<qint64> creditNoteId;
    if (!allocation.creditNoteNumber.isEmpty()) {
        (*lookup)->reset();
        auto note = (*lookup)->bind(1, allocation.creditNoteNumber).bind(2, 1).next();
        if (!note)
            return note.error();
        if (!*note)
            return makeError(
                ErrorCode::NotFound, QStringLiteral("no credit note numbered %1").arg(allocation.creditNoteNumber));
        creditNoteId = (*lookup)->int64(0);
    }
    (*lookup)->reset();
    return allocate(invoiceId, creditNoteId, allocation.paymentId, allocation.amount, allocation.date);
}

Status PaymentRepository::allocate(qint64 invoiceId, std::optional<qint64> creditNoteId, const QString &paymentId,
    const Money &amount, const QDate &date)
{
    auto statement = m_db.cached(
        QStringLiteral("INSERT INTO allocations (invoice_id, payment_id, credit_note_id, amount_minor, alloc_day) "
                       "VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!statement)
        return statement.error();
    (*statement)->bind(1, invoiceId).bindOrNull(2, paymentId);
    if (creditNoteId)
        (*statement)->bind(3, *creditNoteId);
    else
        (*statement)->bindNull(3);
    (*statement)->bind(4, amount.minorUnits()).bind(5, date);
    return (*statement)->run();
}

Result<QList<PaymentSummary>> PaymentRepository::forCustomer(const QString &customerId)
{
    auto query
        = m_db.prepare(QStringLiteral("SELECT p.id, CASE WHEN p.reversed_day IS NULL THEN %1 ELSE 0 END, %2 "
                                      "FROM payments p WHERE p.customer_id = ?1 ORDER BY p.payment_day DESC, p.id")
                           .arg(unappliedSql(QString()), kPaymentColumns));
    if (!query)
        return query.error();
    query->bind(1, customerId);
    QList<PaymentSummary> rows;
    if (auto status = query->forEachRow([&]() -> Status {
            auto payment = paymentAt(*query, 2, query->text(0));
            if (!payment)
                return payment.error();
            rows.append({ *payment, Money(query->int64(1), payment->amount.currency()) });
            return success();
        });
        !status)
        return status.error();
    return rows;
}

Status PaymentRepository::refreshApplication(const QString &paymentId)
{
    // Two statements, not "?1 IS NULL OR id = ?1": that OR keeps SQLite from using the key.
    // Cached: imports refresh payment after payment.
    auto update = m_db.cached(
        QStringLiteral(
            "UPDATE payments SET applied_day = CASE WHEN reversed_day IS NOT NULL THEN reversed_day "
            "WHEN amount_minor = "
            "COALESCE((SELECT SUM(a.amount_minor) FROM allocations a WHERE a.payment_id = payments.id), 0) "
            "+ COALESCE((SELECT SUM(r.amount_minor) FROM refunds r WHERE r.payment_id = payments.id), 0) "
            "THEN MAX(COALESCE((SELECT MAX(a.alloc_day) FROM allocations a WHERE a.payment_id = payments.id), "
            "payment_day), COALESCE((SELECT MAX(r.refund_day) FROM refunds r "
            "WHERE r.payment_id = payments.id), payment_day)) END")
        + (paymentId.isEmpty() ? QString() : QStringLiteral(" WHERE id = ?1")));
    if (!update)
        return update.error();
    if (!paymentId.isEmpty())
        (*update)->bind(1, paymentId);
    return (*update)->run();
}

Result<QList<Allocation>> PaymentRepository::allocationsFor(qint64 documentId)
{
    auto query = m_db.prepare(QStringLiteral(
        "SELECT a.payment_id, cn.number, inv.number, inv.currency, a.amount_minor, a.alloc_day, "
        "a.discount_payment_id, a.write_off_id FROM allocations a JOIN invoices inv ON inv.id = a.invoice_id "
        "LEFT JOIN invoices cn ON cn.id = a.credit_note_id "
        "WHERE a.invoice_id = ?1 OR a.credit_note_id = ?1 ORDER BY a.alloc_day, a.id"));
    if (!query)
        return query.error();
    query->bind(1, documentId);
    QList<Allocation> rows;
    if (auto status = query->forEachRow([&]() -> Status {
            auto currency = query->currency(3);
            if (!currency)
                return currency.error();
            rows.append({ query->text(0), query->text(1), query->text(2), Money(query->int64(4), *currency),
                query->date(5), 0, query->text(6), query->text(7) });
            return success();
        });
        !status)
        return status.error();
    return rows;
}

Result<Money> PaymentRepository::unapplied(const Payment &payment)
{
    if (payment.reversedOn.isValid())
        return Money::zero(payment.amount.currency());
    auto query = m_db.prepare(QStringLiteral("SELECT %1 FROM payments p WHERE p.id = ?1").arg(unappliedSql(QString())));
    if (!query)
        return query.error();
    auto row = query->bind(1, payment.id).next();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, QStringLiteral("no payment %1").arg(payment.id));
    return Money(query->int64(0), payment.amount.currency());
}

Result<qint64> PaymentRepository::refundedMinor(const QString &paymentId)
{
    auto query
        = m_db.prepare(QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM refunds WHERE payment_id = ?1"));
    if (!query)
        return query.error();
    auto row = query->bind(1, paymentId).next();
    if (!row)
        return row.error();
    return query->int64(0);
}

Result<QList<PaymentRepository::AllocationKey>> PaymentRepository::allocationKeysOf(const QString &paymentId)
{
    auto query = m_db.prepare(QStringLiteral("SELECT id, server_id, invoice_id FROM allocations "
                                             "WHERE payment_id = ?1 OR discount_payment_id = ?1 ORDER BY id"));
    if (!query)
        return query.error();
    query->bind(1, paymentId);
    QList<AllocationKey> keys;
    if (auto status = query->forEachRow([&]() -> Status {
            keys.append({ query->int64(0), query->text(1), query->int64(2) });
            return success();
        });
        !status)
        return status.error();
    return keys;
}

Status PaymentRepository::removeLocalAllocation(qint64 id)
{
    auto statement = m_db.prepare(QStringLiteral("DELETE FROM allocations WHERE id = ?1 AND server_id IS NULL"));
    if (!statement)
        return statement.error();
    return statement->bind(1, id).run();
}

QString PaymentRepository::unappliedSql(const QString &dayParameter)
{
    const QString allocated
        = dayParameter.isEmpty() ? QString() : QStringLiteral(" AND a.alloc_day <= ") + dayParameter;
    const QString refunded
        = dayParameter.isEmpty() ? QString() : QStringLiteral(" AND r.refund_day <= ") + dayParameter;
    return QStringLiteral("(p.amount_minor - COALESCE((SELECT SUM(a.amount_minor) FROM allocations a "
                          "WHERE a.payment_id = p.id%1), 0) - COALESCE((SELECT SUM(r.amount_minor) FROM refunds r "
                          "WHERE r.payment_id = p.id%2), 0))")
        .arg(allocated, refunded);
}

} // namespace cc::storage
