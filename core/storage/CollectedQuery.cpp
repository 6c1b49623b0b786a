// SPDX-License-Identifier: GPL-3.0-or-later
#include "CollectedQuery.h"

namespace cc::storage {

Result<QMap<QString, QMap<QDate, qint64>>> CollectedQuery::byDay(
    const QDate &openOn, const QDate &from, const QDate &to)
{
    // The invoices open on the day come from the two ranges of the settlement index, as in
    // AgingQuery; their payments from the allocations index by invoice and day.
    const QString half = QStringLiteral(R"sql(
    SELECT i.currency, a.alloc_day, a.amount_minor
    FROM invoices i JOIN allocations a ON a.invoice_id = i.id
    WHERE %1 AND i.kind = 0 AND i.invoice_day <= :open AND i.status NOT IN ('draft', 'cancelled')
      AND a.alloc_day >= :from AND a.alloc_day <= :to AND a.payment_id IS NOT NULL)sql");
    auto query = m_db.prepare(
        QStringLiteral("SELECT currency, alloc_day, SUM(amount_minor) FROM (%1 UNION ALL %2) "
                       "GROUP BY currency, alloc_day")
            .arg(half.arg(QStringLiteral("i.settled_day IS NULL")), half.arg(QStringLiteral("i.settled_day > :open"))));
    if (!query)
        return query.error();
    query->bind(":open", openOn).bind(":from", from).bind(":to", to);
    QMap<QString, QMap<QDate, qint64>> collected;
    if (auto read = query->forEachRow([&]() -> Status {
            collected[query->text(0)].insert(query->date(1), query->int64(2));
            return success();
        });
        !read)
        return read.error();
    return collected;
}

} // namespace cc::storage
