// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentHistoryQuery.h"

namespace cc::storage {

Result<QList<PaymentHistoryQuery::Invoice>> PaymentHistoryQuery::select(const QString &condition, const QDate &day)
{
    auto query
        = m_db.prepare(QStringLiteral("SELECT number, customer_id, invoice_day, due_day, settled_day FROM invoices "
                                      "WHERE kind = 0 AND status NOT IN ('draft', 'cancelled') AND total_minor > 0 "
                                      "AND %1 ORDER BY invoice_day, id")
                           .arg(condition));
    if (!query)
        return query.error();
    query->bind(1, day);
    QList<Invoice> invoices;
    if (auto read = query->forEachRow([&]() -> Status {
            invoices.append({ query->text(0), query->text(1), query->date(2), query->date(3), query->date(4) });
            return success();
        });
        !read)
        return read.error();
    return invoices;
}

Result<QList<PaymentHistoryQuery::Invoice>> PaymentHistoryQuery::settledBy(const QDate &day)
{
    return select(QStringLiteral("settled_day <= ?1"), day);
}

Result<QList<PaymentHistoryQuery::Invoice>> PaymentHistoryQuery::openOn(const QDate &day)
{
    return select(QStringLiteral("invoice_day <= ?1 AND (settled_day IS NULL OR settled_day > ?1)"), day);
}

} // namespace cc::storage
