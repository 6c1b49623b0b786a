// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderImport.h"

#include "common/SystemClock.h"
#include "storage/SalesOrderRepository.h"
#include "sync/Outbox.h"

namespace cc::services {

Status OrderImport::check(ImportFields &fields)
{
    const qsizetype problemsBefore = fields.problemCount();
    SalesOrder row { fields.required(u"order_number"), QString(), QDate(), Money() };
    isDuplicate(fields, u"order_number", row.number);
    auto found = ImportRows::owner(fields, row.customerId);
    if (!found)
        return found.error();
    const std::optional<Customer> owner = *found;
    row.orderDate = fields.date(u"order_date", true);
    row.customerReference = fields.text(u"customer_reference").trimmed();
    std::optional<Currency> currency = fields.text(u"currency").isEmpty() ? std::nullopt : fields.currency(u"currency");
    if (owner) {
        if (currency && !(*currency == owner->currency))
            fields.report(u"currency",
                tr("customer %1 is billed in %2, not %3").arg(owner->id, owner->currency.code(), currency->code()));
        currency = owner->currency;
    }
    if (currency) {
        if (auto total = fields.amount(u"total", *currency, true)) {
            row.total = *total;
            if (!total->isPositive())
                fields.report(u"total", tr("an order's total must be positive"));
        }
    }
    if (fields.problemCount() != problemsBefore)
        return success();

    auto existing = storage::SalesOrderRepository(m_db).find(row.number);
    if (!existing)
        return existing.error();
    if (*existing) {
        const SalesOrder &stored = **existing;
        const auto differs = [&](QStringView column, const QString &value) {
            fields.report(
                column, tr("order %1 exists with different values (the workspace has \"%2\")").arg(row.number, value));
        };
        if (stored.customerId != row.customerId)
            differs(u"customer_id", stored.customerId);
        if (stored.orderDate != row.orderDate)
            differs(u"order_date", stored.orderDate.toString(Qt::ISODate));
        if (!(stored.total == row.total))
            differs(u"total", stored.total.toDecimalString());
        if (fields.problemCount() == problemsBefore)
            ++m_unchanged;
        return success();
    }
    m_pending.append(row);
    return success();
}

Status OrderImport::write(qsizetype index)
{
    const SalesOrder &order = m_pending[index];
    // Inside the importer's transaction, so the file goes to the server whole or not at all.
    const SystemClock clock;
    auto inserted = sync::Outbox(m_db, clock)
                        .insert(QStringLiteral("sales_orders"), order.number,
                            { { QStringLiteral("customer_id"), order.customerId },
                                { QStringLiteral("order_date"), order.orderDate.toString(Qt::ISODate) },
                                { QStringLiteral("currency"), order.total.currency().code() },
                                { QStringLiteral("total_minor"), QString::number(order.total.minorUnits()) },
                                { QStringLiteral("lines"), QStringLiteral("[]") },
                                { QStringLiteral("customer_reference"),
                                    sync::notNull(order.customerReference) },
                                { QStringLiteral("status"), SalesOrder::toText(SalesOrder::Status::Open) },
                                { QStringLiteral("hold_reason"), QStringLiteral("") },
                                { QStringLiteral("decided_by"), QStringLiteral("") } });
    return inserted ? success() : Status(inserted.error());
}

} // namespace cc::services
