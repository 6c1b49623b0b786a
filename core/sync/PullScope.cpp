// SPDX-License-Identifier: GPL-3.0-or-later
#include "PullScope.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cc::sync {
namespace {

QString jsonArray(const QStringList &keys)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(keys)).toJson(QJsonDocument::Compact));
}

QString listed(int parameter)
{
    return QStringLiteral("SELECT jsonb_array_elements_text($%1::jsonb)").arg(parameter);
}

// Customers that became this user's since the watermark, and customers to read again ($2).
const QString kGranted = QStringLiteral("SELECT row_key FROM sync_events WHERE kind = 'granted' AND changed_xid >= "
                                        "$1::xid8 AND collector = current_user "
                                        "UNION ")
    + listed(2);

const QString kCustomerIds
    = QStringLiteral(
          "SELECT id FROM customers WHERE changed_xid >= $1::xid8 "
          "UNION SELECT customer_id FROM contacts WHERE changed_xid >= $1::xid8 "
          "UNION SELECT parent_key FROM sync_events WHERE table_name = 'contacts' AND changed_xid >= $1::xid8 "
          "UNION ")
    + kGranted;

const QString kInvoiceNumbers = QStringLiteral(
    "SELECT number FROM invoices WHERE changed_xid >= $1::xid8 OR customer_id IN (%1) "
    "UNION SELECT invoice_number FROM invoice_lines WHERE changed_xid >= $1::xid8 "
    "UNION SELECT parent_key FROM sync_events WHERE table_name = 'invoice_lines' AND changed_xid >= $1::xid8 "
    "UNION %2")
                                    .arg(kGranted, listed(3));

} // namespace

PullScope::PullScope(const QString &since, const QStringList &customers, const QStringList &invoices,
    const QStringList &payments, const QStringList &allocations)
    : m_since(since)
    , m_customers(jsonArray(customers))
    , m_invoices(jsonArray(invoices))
    , m_payments(jsonArray(payments))
    , m_allocations(jsonArray(allocations))
{
}

PullScope::Query PullScope::customers(const QString &select) const
{
    if (isInitial())
        return { select.arg(QString()), {} };
    return { select.arg(QStringLiteral("WHERE id IN (%1)").arg(kCustomerIds)), { m_since, m_customers } };
}

PullScope::Query PullScope::contacts(const QString &select) const
{
    if (isInitial())
        return { select.arg(QString()), {} };
    return { select.arg(QStringLiteral("WHERE customer_id IN (%1)").arg(kCustomerIds)), { m_since, m_customers } };
}

PullScope::Query PullScope::invoices(const QString &select) const
{
    if (isInitial())
        return { select.arg(QString()), {} };
    return { select.arg(QStringLiteral("WHERE number IN (%1)").arg(kInvoiceNumbers)),
        { m_since, m_customers, m_invoices } };
}

PullScope::Query PullScope::invoiceLines(const QString &select) const
{
    if (isInitial())
        return { select.arg(QString()), {} };
    return { select.arg(QStringLiteral("WHERE invoice_number IN (%1)").arg(kInvoiceNumbers)),
        { m_since, m_customers, m_invoices } };
}

PullScope::Query PullScope::payments(const QString &select) const
{
    if (isInitial())
        return { select.arg(QString()), {} };
    return { select.arg(QStringLiteral("WHERE changed_xid >= $1::xid8 OR customer_id IN (%1) OR id IN (%2)")
                            .arg(kGranted, listed(3))),
        { m_since, m_customers, m_payments } };
}

PullScope::Query PullScope::allocations(const QString &select) const
{
    if (isInitial())
        return { select.arg(QString()), {} };
    return { select.arg(QStringLiteral("WHERE a.changed_xid >= $1::xid8 OR i.customer_id IN (%1) "
                                       "OR a.invoice_number IN (%2) OR a.credit_note_number IN (%2) "
                                       "OR a.payment_id IN (%3) OR a.id::text IN (%4)")
                            .arg(kGranted, listed(3), listed(4), listed(5))),
        { m_since, m_customers, m_invoices, m_payments, m_allocations } };
}

PullScope::Query PullScope::records(const QString &select, const QStringList &requested) const
{
    if (isInitial())
        return { select.arg(QString()), {} };
    return { select.arg(QStringLiteral("WHERE t.changed_xid >= $1::xid8 OR t.customer_id IN (%1) OR t.id::text IN (%2)")
                            .arg(kGranted, listed(3))),
        { m_since, m_customers, jsonArray(requested) } };
}

PullScope::Query PullScope::shared(const QString &select, const QString &key, const QStringList &requested) const
{
    if (isInitial())
        return { select.arg(QString()), {} };
    return { select.arg(QStringLiteral("WHERE t.changed_xid >= $1::xid8 OR t.%1::text IN (%2)").arg(key, listed(2))),
        { m_since, jsonArray(requested) } };
}

PullScope::Query PullScope::events() const
{
    // Revocations concern collectors only: whoever sees every customer loses none.
    return { QStringLiteral("SELECT kind, table_name, row_key FROM sync_events WHERE changed_xid >= $1::xid8 "
                            "AND (kind = 'deleted' OR (collector = current_user AND NOT cashcycle_sees_all())) "
                            "ORDER BY id"),
        { m_since } };
}

} // namespace cc::sync
