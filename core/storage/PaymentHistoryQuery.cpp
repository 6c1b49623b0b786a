// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentHistoryQuery.h"

namespace cc::storage {

Result<QList<PaymentHistoryQuery::Invoice>> PaymentHistoryQuery::select(const QString &condition, const QDate &day)
{
    auto query = m_db.prepare(QStringLiteral(
        "SELECT i.number, i.customer_id, i.invoice_day, i.due_day, i.settled_day, i.currency, "
        "i.total_minor - COALESCE((SELECT SUM(a.amount_minor) FROM allocations a "
        "WHERE a.invoice_id = i.id AND a.alloc_day <= ?1), 0) "
        "FROM invoices i WHERE i.kind = 0 AND i.status NOT IN ('draft', 'cancelled') AND i.total_minor > 0 "
        "AND %1 ORDER BY i.due_day, i.id")
                                  .arg(condition));
    if (!query)
        return query.error();
    query->bind(1, day);
    QList<Invoice> invoices;
    if (auto read = query->forEachRow([&]() -> Status {
            invoices.append({ query->text(0), query->text(1), query->date(2), query->date(3), query->date(4),
                query->text(5), query->int64(6) });
            return success();
        });
        !read)
        return read.error();
    return invoices;
}

Result<QList<PaymentHistoryQuery::Invoice>> PaymentHistoryQuery::settledBy(const QDate &day)
{
    return select(QStringLiteral("i.settled_day <= ?1"), day);
}

Result<QList<PaymentHistoryQuery::Invoice>> PaymentHistoryQuery::openOn(const QDate &day)
{
    return select(QStringLiteral("i.invoice_day <= ?1 AND (i.settled_day IS NULL OR i.settled_day > ?1)"), day);
}

} // namespace cc::storage
