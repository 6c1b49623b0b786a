// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentHistoryQuery.h"

namespace cc::storage {
namespace {

// Invoices as payment history; %1 narrows them, %2 is what is open of each, %3 their number and terms.
const QString kInvoices = QStringLiteral(
    "SELECT %3, i.customer_id, i.invoice_day, i.due_day, i.settled_day, i.currency, %2 AS open_minor, i.total_minor "
    "FROM invoices i WHERE i.kind = 0 AND i.status NOT IN ('draft', 'cancelled') AND i.total_minor > 0 AND %1");
const QString kOpenAtDay = QStringLiteral("i.total_minor - COALESCE((SELECT SUM(a.amount_minor) FROM allocations a "
                                          "WHERE a.invoice_id = i.id AND a.alloc_day <= ?1), 0)");

} // namespace

Result<QList<PaymentHistoryQuery::Invoice>> PaymentHistoryQuery::select(const QString &sql, const QDate &day)
{
    auto query = m_db.prepare(sql);
    if (!query)
        return query.error();
    query->bind(1, day);
    QList<Invoice> invoices;
    if (auto read = query->forEachRow([&]() -> Status {
            invoices.append({ query->text(0), query->text(2), query->date(3), query->date(4), query->date(5),
                query->text(6), query->int64(7), query->int64(8), query->text(1) });
            return success();
        });
        !read)
        return read.error();
    return invoices;
}

Result<QList<PaymentHistoryQuery::Invoice>> PaymentHistoryQuery::settledBy(const QDate &day)
{
    // Nothing of them is open and learning needs no numbers: the settlement index covers it all,
    // so no table page (each one decrypted) is read.
    return select(kInvoices.arg(QStringLiteral("i.settled_day <= ?1"), QStringLiteral("0"),
                      QStringLiteral("'' AS number, '' AS terms")),
        day);
}

Result<QList<PaymentHistoryQuery::Invoice>> PaymentHistoryQuery::openOn(const QDate &day)
{
    // The two halves of "open on the day" are separate index ranges, hence the UNION ALL.
    return select(QStringLiteral("SELECT * FROM (%1 UNION ALL %2) ORDER BY due_day")
                      .arg(kInvoices.arg(QStringLiteral("i.settled_day IS NULL AND i.invoice_day <= ?1"), kOpenAtDay,
                               QStringLiteral("i.number, i.terms")),
                          kInvoices.arg(QStringLiteral("i.settled_day > ?1 AND i.invoice_day <= ?1"), kOpenAtDay,
                              QStringLiteral("i.number, i.terms"))),
        day);
}

Result<QHash<QString, QString>> PaymentHistoryQuery::customerGroups()
{
    auto query = m_db.prepare(QStringLiteral("SELECT id, segment || '|' || terms FROM customers"));
    if (!query)
        return query.error();
    QHash<QString, QString> groups;
    if (auto read = query->forEachRow([&]() -> Status {
            groups.insert(query->text(0), query->text(1));
            return success();
        });
        !read)
        return read.error();
    return groups;
}

} // namespace cc::storage
