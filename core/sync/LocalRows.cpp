// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalRows.h"

#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"

#include <QDateTime>

#include <algorithm>
#include <cctype>

namespace cc::sync {
namespace {

QString readExpression(const SyncColumn &column)
{
    if (column.form == LocalForm::Document)
        return QStringLiteral("(SELECT d.number FROM invoices d WHERE d.id = t.%1)").arg(column.local);
    return QStringLiteral("t.") + column.local;
}

QString valueAt(const storage::SqlStatement &row, int index, LocalForm form)
{
    if (row.isNull(index))
        return {};
    switch (form) {
    case LocalForm::Integer:
        return QString::number(row.int64(index));
    case LocalForm::Date:
        return row.date(index).toString(Qt::ISODate);
    case LocalForm::Binary:
        return QStringLiteral("\\x") + QString::fromLatin1(row.blob(index).toHex());
    case LocalForm::Text:
    case LocalForm::Document:
    case LocalForm::Timestamp:
        break;
    }
    return row.text(index);
}

// Allocations that touch a customer's documents or payments, a document, or a payment.
const QString kAllocationsOfCustomer
    = QStringLiteral("invoice_id IN (SELECT id FROM invoices WHERE customer_id = ?1) "
                     "OR credit_note_id IN (SELECT id FROM invoices WHERE customer_id = ?1) "
                     "OR payment_id IN (SELECT id FROM payments WHERE customer_id = ?1) "
                     "OR discount_payment_id IN (SELECT id FROM payments WHERE customer_id = ?1)");
const QString kAllocationsOfDocument = QStringLiteral("invoice_id = (SELECT id FROM invoices WHERE number = ?1) OR "
                                                      "credit_note_id = (SELECT id FROM invoices WHERE number = ?1)");
const QString kAllocationsOfPayment = QStringLiteral("payment_id = ?1 OR discount_payment_id = ?1");
const QString kAllocation = QStringLiteral("server_id = ?1");

} // namespace

Result<std::optional<LocalRow>> LocalRows::read(const SyncTable &table, const QString &key)
{
    QStringList expressions;
    for (const SyncColumn &column : table.columns)
        expressions << readExpression(column);
    auto query = m_db.prepare(QStringLiteral("SELECT t.row_version, %1 FROM %2 t WHERE t.%3 = ?1")
                                  .arg(expressions.join(QStringLiteral(", ")), table.local, table.localKey));
    if (!query)
        return query.error();
    auto found = query->bind(1, key).next();
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<LocalRow>();
    LocalRow row;
    row.version = query->int64(0);
    for (int i = 0; i < table.columns.size(); ++i)
        row.values.insert(table.columns[i].server, valueAt(*query, i + 1, table.columns[i].form));
    return std::optional<LocalRow>(row);
}

Status LocalRows::bindValue(storage::SqlStatement &statement, int index, const SyncColumn &column, const QString &value)
{
    if (value.isNull()) {
        statement.bindNull(index);
        return success();
    }
    switch (column.form) {
    case LocalForm::Integer: {
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        if (!ok)
            return makeError(
                ErrorCode::InvalidInput, tr("%1 must be a whole number, not \"%2\"").arg(column.server, value));
        statement.bind(index, number);
        return success();
    }
    case LocalForm::Date: {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid())
            return makeError(
                ErrorCode::InvalidInput, tr("%1 must be a date (YYYY-MM-DD), not \"%2\"").arg(column.server, value));
        statement.bind(index, date);
        return success();
    }
    case LocalForm::Binary: {
        const QByteArray hex = value.toLatin1();
        if (!hex.startsWith("\\x") || hex.size() % 2 != 0
            || !std::all_of(hex.cbegin() + 2, hex.cend(), [](char c) { return std::isxdigit(uchar(c)); }))
            return makeError(ErrorCode::InvalidInput, tr("%1 must be bytes in hex (\\x…)").arg(column.server));
        statement.bindBlob(index, QByteArray::fromHex(hex.mid(2)));
        return success();
    }
    case LocalForm::Timestamp:
        if (!QDateTime::fromString(value, Qt::ISODate).isValid())
            return makeError(ErrorCode::InvalidInput,
                tr("%1 must be a time (YYYY-MM-DDThh:mm:ssZ), not \"%2\"").arg(column.server, value));
        break;
    case LocalForm::Text:
    case LocalForm::Document:
        break;
    }
    statement.bind(index, value);
    return success();
}

Status LocalRows::write(storage::SqlStatement &statement, const SyncTable &table, const QString &key,
    const QList<const SyncColumn *> &columns, const FieldValues &values)
{
    statement.bind(1, key);
    int index = 2;
    for (const SyncColumn *column : columns) {
        if (auto status = bindValue(statement, index++, *column, values.value(column->server)); !status)
            return status;
    }
    if (auto status = statement.run(); !status)
        return status;
    return refreshDerived(table, key);
}

Status LocalRows::update(const SyncTable &table, const QString &key, const FieldValues &values)
{
    if (values.isEmpty())
        return success();
    if (table.server == QLatin1String("allocations")) {
        if (auto status = collectSettlement(kAllocation, key); !status)
            return status;
    }
    QStringList assignments;
    QList<const SyncColumn *> columns;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const SyncColumn *column = table.column(it.key());
        if (!column)
            return makeError(
                ErrorCode::InvalidInput, tr("%1 has no field %2 that can be changed").arg(table.server, it.key()));
        const QString placeholder = QStringLiteral("?%1").arg(columns.size() + 2);
        assignments << QStringLiteral("%1 = %2").arg(column->local,
            column->form == LocalForm::Document
                ? QStringLiteral("(SELECT id FROM invoices WHERE number = %1)").arg(placeholder)
                : placeholder);
        columns << column;
    }
    auto statement = m_db.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?1")
                                      .arg(table.local, assignments.join(QStringLiteral(", ")), table.localKey));
    if (!statement)
        return statement.error();
    return write(*statement, table, key, columns, values);
}

Status LocalRows::insert(const SyncTable &table, const QString &key, const FieldValues &values)
{
    QList<const SyncColumn *> columns;
    quint64 present = 0; // which columns the row gives, for the statement cache
    Q_ASSERT(table.columns.size() <= 64);
    for (int i = 0; i < table.columns.size(); ++i) {
        if (values.contains(table.columns[i].server)) {
            columns << &table.columns[i];
            present |= quint64(1) << i;
        }
    }
    // An import inserts many rows of one table alike: the statement is made once.
    QString &sql = m_insertSql[{ table.server, present }];
    if (sql.isEmpty()) {
        QStringList names { table.localKey };
        QStringList placeholders { QStringLiteral("?1") };
        for (const SyncColumn *column : std::as_const(columns)) {
            const QString placeholder = QStringLiteral("?%1").arg(names.size() + 1);
            names << column->local;
            placeholders << (column->form == LocalForm::Document
                    ? QStringLiteral("(SELECT id FROM invoices WHERE number = %1)").arg(placeholder)
                    : placeholder);
        }
        if (table.server == QLatin1String("customers")) {
            // Filled in by refreshDerived(); the column may not be NULL.
            names << QStringLiteral("search_key");
            placeholders << QStringLiteral("''");
        }
        sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(table.local, names.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
    }
    auto statement = m_db.cached(sql);
    if (!statement)
        return statement.error();
    return write(**statement, table, key, columns, values);
}

Status LocalRows::put(const SyncTable &table, const QString &key, qint64 version, const FieldValues &values)
{
    Q_ASSERT(table.standalone);
    QStringList names { table.localKey, QStringLiteral("row_version") };
    QStringList placeholders { QStringLiteral("?1"), QStringLiteral("?2") };
    QStringList assignments { QStringLiteral("row_version = ?2") };
    for (const SyncColumn &column : table.columns) {
        const QString placeholder = QStringLiteral("?%1").arg(names.size() + 1);
        names << column.local;
        placeholders << (column.form == LocalForm::Document
                ? QStringLiteral("(SELECT id FROM invoices WHERE number = %1)").arg(placeholder)
                : placeholder);
        assignments << column.local + QStringLiteral(" = ") + placeholders.last();
    }
    // Updated in place, or inserted: a row others point to (a bank statement its lines) stays.
    for (const QString &sql : { QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?1")
                                    .arg(table.local, assignments.join(QStringLiteral(", ")), table.localKey),
             QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                 .arg(table.local, names.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))) }) {
        auto statement = m_db.cached(sql);
        if (!statement)
            return statement.error();
        (*statement)->bind(1, key).bind(2, version);
        int index = 3;
        for (const SyncColumn &column : table.columns) {
            if (auto status = bindValue(**statement, index++, column, values.value(column.server)); !status)
                return status;
        }
        if (auto status = (*statement)->run(); !status)
            return status;
        if (m_db.changes() > 0)
            break;
    }
    return refreshDerived(table, key);
}

Status LocalRows::remove(const SyncTable &table, const QString &key)
{
    const QString &server = table.server;
    if (table.standalone) {
        // A refund's payment has that much more unapplied once it goes.
        if (table.server == QLatin1String("refunds")) {
            if (auto status = collectRefundedPayment(key); !status)
                return status;
        }
        auto statement = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?1").arg(table.local, table.localKey));
        if (!statement)
            return statement.error();
        if (auto status = statement->bind(1, key).run(); !status)
            return status;
        return refreshSettlement();
    }
    const QString allocationFilter = server == QLatin1String("customers") ? kAllocationsOfCustomer
        : server == QLatin1String("invoices")                             ? kAllocationsOfDocument
        : server == QLatin1String("payments")                             ? kAllocationsOfPayment
                                                                          : kAllocation;
    if (auto status = collectSettlement(allocationFilter, key); !status)
        return status;
    QStringList statements { QStringLiteral("DELETE FROM allocations WHERE ") + allocationFilter };
    if (server == QLatin1String("customers")) {
        // Every record that hangs off the customer goes first: disputes point at its invoices.
        for (const SyncTable &scoped : SyncTable::all()) {
            if (scoped.customerScoped)
                statements << QStringLiteral("DELETE FROM %1 WHERE customer_id = ?1").arg(scoped.local);
        }
        statements << QStringLiteral(
            "DELETE FROM invoice_lines WHERE invoice_id IN (SELECT id FROM invoices WHERE customer_id = ?1)")
                   << QStringLiteral("DELETE FROM invoices WHERE customer_id = ?1")
                   << QStringLiteral("DELETE FROM payments WHERE customer_id = ?1")
                   << QStringLiteral("DELETE FROM contacts WHERE customer_id = ?1")
                   << QStringLiteral("DELETE FROM worklist_done WHERE customer_id = ?1")
                   // A child account stays, as a top-level one, when its parent goes.
                   << QStringLiteral("UPDATE customers SET parent_id = NULL WHERE parent_id = ?1")
                   << QStringLiteral("DELETE FROM customers WHERE id = ?1");
    } else if (server == QLatin1String("invoices")) {
        statements << QStringLiteral(
            "DELETE FROM invoice_lines WHERE invoice_id = (SELECT id FROM invoices WHERE number = ?1)")
                   << QStringLiteral(
                          "DELETE FROM disputes WHERE invoice_id = (SELECT id FROM invoices WHERE number = ?1)")
                   << QStringLiteral(
                          "DELETE FROM write_offs WHERE invoice_id = (SELECT id FROM invoices WHERE number = ?1)")
                   << QStringLiteral("DELETE FROM late_fee_charges WHERE invoice_id = "
                                     "(SELECT id FROM invoices WHERE number = ?1)")
                   << QStringLiteral("DELETE FROM invoices WHERE number = ?1");
    } else if (server == QLatin1String("payments")) {
        statements << QStringLiteral("DELETE FROM refunds WHERE payment_id = ?1")
                   << QStringLiteral("DELETE FROM payments WHERE id = ?1");
    }
    for (const QString &sql : std::as_const(statements)) {
        auto statement = m_db.prepare(sql);
        if (!statement)
            return statement.error();
        if (auto status = statement->bind(1, key).run(); !status)
            return status;
    }
    return refreshSettlement();
}

Status LocalRows::collectSettlement(const QString &allocationFilter, const QString &key)
{
    auto query = m_db.prepare(
        QStringLiteral("SELECT invoice_id, credit_note_id, payment_id FROM allocations WHERE ") + allocationFilter);
    if (!query)
        return query.error();
    query->bind(1, key);
    return query->forEachRow([&]() -> Status {
        m_documents << query->int64(0);
        if (!query->isNull(1))
            m_documents << query->int64(1);
        if (!query->isNull(2))
            m_payments << query->text(2);
        return success();
    });
}

Status LocalRows::refreshSettlement()
{
    storage::InvoiceRepository invoices(m_db);
    storage::PaymentRepository payments(m_db);
    // Rows already removed are simply not found by the refresh.
    for (qint64 id : std::as_const(m_documents)) {
        if (auto status = invoices.refreshSettlement(id); !status)
            return status;
    }
    for (const QString &id : std::as_const(m_payments)) {
        if (auto status = payments.refreshApplication(id); !status)
            return status;
    }
    m_documents.clear();
    m_payments.clear();
    return success();
}

Status LocalRows::refreshDerived(const SyncTable &table, const QString &key)
{
    if (table.server == QLatin1String("customers")) {
        auto row = m_db.prepare(QStringLiteral("SELECT name FROM customers WHERE id = ?1"));
        if (!row)
            return row.error();
        auto found = row->bind(1, key).next();
        if (!found)
            return found.error();
        if (!*found)
            return success();
        const QString name = row->text(0);
        row->reset();
        auto update = m_db.prepare(QStringLiteral("UPDATE customers SET search_key = ?2 WHERE id = ?1"));
        if (!update)
            return update.error();
        return update->bind(1, key).bind(2, storage::CustomerRepository::searchKey(name, key)).run();
    }
    if (table.server == QLatin1String("invoices")) {
        auto id = storage::InvoiceRepository(m_db).idForNumber(key);
        if (!id)
            return id.error();
        if (*id)
            m_documents << **id;
    } else if (table.server == QLatin1String("payments")) {
        m_payments << key;
    } else if (table.server == QLatin1String("allocations")) {
        if (auto status = collectSettlement(kAllocation, key); !status)
            return status;
    } else if (table.server == QLatin1String("refunds")) {
        if (auto status = collectRefundedPayment(key); !status)
            return status;
    }
    return refreshSettlement();
}

Status LocalRows::collectRefundedPayment(const QString &refundId)
{
    auto payment = m_db.prepare(QStringLiteral("SELECT payment_id FROM refunds WHERE id = ?1"));
    if (!payment)
        return payment.error();
    return payment->bind(1, refundId).forEachRow([&]() -> Status {
        m_payments << payment->text(0);
        return success();
    });
}

} // namespace cc::sync
