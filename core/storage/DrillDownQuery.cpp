// SPDX-License-Identifier: GPL-3.0-or-later
#include "DrillDownQuery.h"

#include "OpenAtDaySql.h"

namespace cc::storage {

Result<QList<analytics::DrillDownRow>> DrillDownQuery::run(const analytics::DrillDown &drillDown)
{
    // The two halves of "open on the day" are separate ranges of the settlement index, as in AgingQuery.
    const QString documents = QStringLiteral(R"sql(
    SELECT i.id, i.number, i.customer_id, c.name, c.collector, i.invoice_day, i.due_day, i.currency,
           :asof - i.due_day AS past_due,
           %OPEN% AS open_minor
    FROM invoices i JOIN customers c ON c.id = i.customer_id
    WHERE %1 AND i.invoice_day <= :asof AND i.status NOT IN ('draft', 'cancelled')
      AND :asof - i.due_day > :min_days AND :asof - i.due_day <= :max_days
      AND (:customer IS NULL OR i.customer_id = :customer) AND (:currency IS NULL OR i.currency = :currency)
      AND (:any_collector OR c.collector = :collector) AND (NOT :invoices_only OR i.kind = 0))sql")
                                  .replace(QLatin1String("%OPEN%"), openAtDaySql(QStringLiteral(":asof")));
    auto query = m_db.prepare(QStringLiteral("SELECT * FROM (%1 UNION ALL %2) WHERE open_minor <> 0 "
                                             "ORDER BY past_due DESC, open_minor DESC, id LIMIT :limit")
                                  .arg(documents.arg(QStringLiteral("i.settled_day IS NULL")),
                                      documents.arg(QStringLiteral("i.settled_day > :asof"))));
    if (!query)
        return query.error();
    query->bind(":asof", drillDown.asOf)
        .bind(":min_days", qint64(drillDown.minDaysPastDue))
        .bind(":max_days", qint64(drillDown.maxDaysPastDue))
        .bindOrNull(":customer", drillDown.customerId)
        .bindOrNull(":currency", drillDown.currency)
        .bind(":any_collector", drillDown.collector ? 0 : 1)
        .bind(":collector", drillDown.collector.value_or(QString()))
        .bind(":invoices_only", drillDown.invoicesOnly ? 1 : 0)
        .bind(":limit", MaxRows + 1);
    QList<analytics::DrillDownRow> rows;
    if (auto read = query->forEachRow([&]() -> Status {
            if (drillDown.leftOut.contains(query->text(7)))
                return success();
            auto currency = query->currency(7);
            if (!currency)
                return currency.error();
            rows.append({ query->int64(0), query->text(1), query->text(2), query->text(3), query->text(4),
                query->date(5), query->date(6), Money(query->int64(9), *currency), int(query->int64(8)) });
            return success();
        });
        !read)
        return read.error();
    return rows;
}

} // namespace cc::storage
