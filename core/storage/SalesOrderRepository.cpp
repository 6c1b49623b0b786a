// SPDX-License-Identifier: GPL-3.0-or-later
#include "SalesOrderRepository.h"

#include "CreditHoldRepository.h"
#include "CreditRequestRepository.h"
#include "FindById.h"

#include "PaymentRepository.h"
#include "domain/InvoiceLinesJson.h"

#include <QJsonDocument>

namespace cc::storage {
namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, customer_id, order_day, currency, total_minor, lines, customer_reference, status, hold_reason, "
    "decided_by, COALESCE(invoice_draft, ''), row_version FROM sales_orders ");

Result<SalesOrder> orderAt(const SqlStatement &row)
{
    auto currency = row.currency(3);
    if (!currency)
        return currency.error();
    auto lines = InvoiceLinesJson::fromJson(QJsonDocument::fromJson(row.text(5).toUtf8()).array(), *currency);
    if (!lines)
        return makeError(
            ErrorCode::InvalidInput, QStringLiteral("order %1: %2").arg(row.text(0), lines.error().detail));
    SalesOrder order { row.text(0), row.text(1), row.date(2), Money(row.int64(4), *currency), *lines };
    order.customerReference = row.text(6);
    order.status = SalesOrder::statusFrom(row.text(7));
    order.holdReason = row.text(8);
    order.decidedBy = row.text(9);
    order.invoiceDraftId = row.text(10);
    order.rowVersion = row.int64(11);
    return order;
}

} // namespace

Result<std::optional<SalesOrder>> SalesOrderRepository::find(const QString &number)
{
    return findById<SalesOrder>(m_db, kSelect + QStringLiteral("WHERE id = ?1"), number, orderAt);
}

Result<QList<SalesOrder>> SalesOrderRepository::list(
    const QString &customerId, std::optional<SalesOrder::Status> status)
{
    QStringList conditions;
    if (!customerId.isEmpty())
        conditions << QStringLiteral("customer_id = ?1");
    if (status)
        conditions << QStringLiteral("status = ?2");
    auto query = m_db.prepare(kSelect
        + (conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")))
        + QStringLiteral(" ORDER BY order_day DESC, id"));
    if (!query)
        return query.error();
    if (!customerId.isEmpty())
        query->bind(1, customerId);
    if (status)
        query->bind(2, SalesOrder::toText(*status));
    QList<SalesOrder> orders;
    if (auto read = query->forEachRow([&]() -> Status {
            auto order = orderAt(*query);
            if (!order)
                return order.error();
            orders.append(*order);
            return success();
        });
        !read)
        return read.error();
    return orders;
}

Result<CreditCheck::Position> SalesOrderRepository::creditPosition(
    const QString &customerId, const Currency &currency, const QDate &today, const QString &excludedOrder)
{
    // The server's check (cashcycle_check_order_release) adds up the same way.
    auto query
        = m_db.prepare(QStringLiteral(R"sql(
WITH documents AS (
    SELECT i.due_day,
           i.total_minor
           - COALESCE((SELECT SUM(a.amount_minor) FROM allocations a WHERE a.invoice_id = i.id), 0)
           + COALESCE((SELECT SUM(a.amount_minor) FROM allocations a WHERE a.credit_note_id = i.id), 0) AS open_minor
    FROM invoices i
    WHERE i.customer_id = ?1 AND i.currency = ?2 AND i.settled_day IS NULL AND i.status NOT IN ('draft', 'cancelled')
)
SELECT %2,
       COALESCE((SELECT SUM(open_minor) FROM documents), 0),
       COALESCE((SELECT SUM(open_minor) FROM documents WHERE due_day < ?3 AND open_minor > 0), 0),
       COALESCE((SELECT SUM(%1) FROM payments p
                 WHERE p.customer_id = ?1 AND p.currency = ?2 AND p.applied_day IS NULL), 0),
       COALESCE((SELECT SUM(total_minor) FROM sales_orders
                 WHERE customer_id = ?1 AND currency = ?2 AND status = 'released' AND id <> ?4), 0)
)sql")
                           .arg(PaymentRepository::unappliedSql(QString()),
                               CreditRequestRepository::effectiveLimitSql(QStringLiteral("?1"), QStringLiteral("?3"))));
    if (!query)
        return query.error();
    query->bind(1, customerId).bind(2, currency.code()).bind(3, today).bind(4, excludedOrder);
    auto row = query->next();
    if (!row)
        return row.error();
    CreditCheck::Position position { Money(query->int64(0), currency),
        Money(query->int64(1) - query->int64(3), currency), Money(query->int64(4), currency),
        Money(query->int64(2), currency), std::nullopt, QString() };
    auto hold = CreditHoldRepository(m_db).holdReason(customerId);
    if (!hold)
        return hold.error();
    position.creditHold = hold->value_or(QString());
    return position;
}

} // namespace cc::storage
