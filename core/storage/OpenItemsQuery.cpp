// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenItemsQuery.h"

#include "OpenAtDaySql.h"

namespace cc::storage {
namespace {

// Both halves of "not settled by the day", as aging reads them.
const QString kOpen = QStringLiteral(R"sql(
SELECT i.id, i.number, i.kind, i.invoice_day, i.due_day, i.currency, i.total_minor,
       %OPEN%
FROM invoices i
WHERE %1 AND i.customer_id = :customer AND i.invoice_day <= :day AND i.status NOT IN ('draft', 'cancelled'))sql")
                          .replace(QLatin1String("%OPEN%"), openAtDaySql(QStringLiteral(":day")));

} // namespace

Result<QList<InvoiceSummary>> OpenItemsQuery::run(const QString &customerId, const QDate &day)
{
    auto query = m_db.prepare(QStringLiteral("SELECT * FROM (%1 UNION ALL %2) ORDER BY 5, 2")
                                  .arg(kOpen.arg(QStringLiteral("i.settled_day IS NULL")),
                                      kOpen.arg(QStringLiteral("i.settled_day > :day"))));
    if (!query)
        return query.error();
    query->bind(":day", day).bind(":customer", customerId);
    QList<InvoiceSummary> items;
    if (auto status = query->forEachRow([&]() -> Status {
            auto currency = query->currency(5);
            if (!currency)
                return currency.error();
            if (query->int64(7) == 0)
                return success();
            InvoiceSummary item;
            item.id = query->int64(0);
            item.number = query->text(1);
            item.customerId = customerId;
            item.kind = query->int64(2) == 1 ? DocumentKind::CreditNote : DocumentKind::Invoice;
            item.invoiceDate = query->date(3);
            item.dueDate = query->date(4);
            item.total = Money(query->int64(6), *currency);
            item.open = Money(query->int64(7), *currency);
            items << item;
            return success();
        });
        !status)
        return status.error();
    return items;
}

} // namespace cc::storage
