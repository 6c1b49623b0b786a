// SPDX-License-Identifier: GPL-3.0-or-later
#include "SalesOrders.h"

#include "CollectionsLog.h"
#include "InvoiceDrafts.h"
#include "TeamSettings.h"
#include "domain/InvoiceLinesJson.h"
#include "domain/InvoiceTotals.h"
#include "storage/CustomerRepository.h"
#include "storage/SalesOrderRepository.h"
#include "storage/Transaction.h"
#include "sync/Outbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace cc::services {
namespace {

} // namespace

const QString SalesOrders::OverdueLimitsKey = QStringLiteral("credit.overdue_limits");

Result<SalesOrder> SalesOrders::enter(SalesOrder order)
{
    auto customer = storage::CustomerRepository(m_db).find(order.customerId);
    if (!customer)
        return customer.error();
    if (!*customer)
        return makeError(ErrorCode::NotFound, tr("there is no customer %1").arg(order.customerId));
    const Currency currency = (*customer)->currency;
    if (!order.lines.isEmpty()) {
        for (const InvoiceLine &line : std::as_const(order.lines)) {
            if (!(line.unitPrice.currency() == currency))
                return makeError(ErrorCode::InvalidInput,
                    tr("%1 is billed in %2; price the order's lines in %2").arg(order.customerId, currency.code()));
        }
        order.total = InvoiceTotals::compute(order.lines, currency, TaxRounding::PerLine).gross;
    }
    if (!(order.total.currency() == currency))
        return makeError(ErrorCode::InvalidInput,
            tr("%1 is billed in %2; an order is in the customer's currency").arg(order.customerId, currency.code()));
    if (!order.total.isPositive())
        return makeError(ErrorCode::InvalidInput, tr("an order needs lines or a positive total"));
    if (!order.orderDate.isValid())
        order.orderDate = m_clock.today();
    order.number = order.number.trimmed();
    if (order.number.isEmpty())
        order.number = QStringLiteral("SO-") + QUuid::createUuid().toString(QUuid::Id128).left(10).toUpper();
    auto clash = storage::SalesOrderRepository(m_db).find(order.number);
    if (!clash)
        return clash.error();
    if (*clash)
        return makeError(ErrorCode::Duplicate, tr("there is an order %1 already").arg(order.number));
    order.status = SalesOrder::Status::Open;
    // Never NULL, which sync reads as "no value".
    order.customerReference = sync::notNull(order.customerReference.trimmed());
    auto written = storage::inTransaction(m_db, [&]() -> Status {
        auto inserted = sync::Outbox(m_db, m_clock)
                            .insert(QStringLiteral("sales_orders"), order.number,
                                { { QStringLiteral("customer_id"), order.customerId },
                                    { QStringLiteral("order_date"), order.orderDate.toString(Qt::ISODate) },
                                    { QStringLiteral("currency"), currency.code() },
                                    { QStringLiteral("total_minor"), QString::number(order.total.minorUnits()) },
                                    { QStringLiteral("lines"),
                                        QString::fromUtf8(QJsonDocument(InvoiceLinesJson::toJson(order.lines))
                                                              .toJson(QJsonDocument::Compact)) },
                                    { QStringLiteral("customer_reference"), order.customerReference },
                                    { QStringLiteral("status"), SalesOrder::toText(order.status) },
                                    { QStringLiteral("hold_reason"), QStringLiteral("") },
                                    { QStringLiteral("decided_by"), QStringLiteral("") } });
        return inserted ? success() : Status(inserted.error());
    });
    if (!written)
        return written.error();
    return order;
}

Result<SalesOrder> SalesOrders::release(const QString &number)
{
    auto order = existing(number);
    if (!order)
        return order;
    if (order->status != SalesOrder::Status::Open)
        return makeError(ErrorCode::InvalidInput,
            tr("order %1 is %2; only an open order is released").arg(number, SalesOrder::toText(order->status)));
    auto position = storage::SalesOrderRepository(m_db).creditPosition(
        order->customerId, order->total.currency(), m_clock.today(), order->number);
    if (!position)
        return position.error();
    auto limits = TeamSettings(m_db, m_clock).object(OverdueLimitsKey);
    if (!limits)
        return limits.error();
    const QJsonValue threshold = limits->value(order->total.currency().code());
    if (threshold.isDouble())
        position->overdueThreshold = Money(threshold.toInteger(), order->total.currency());
    const QStringList reasons = CreditCheck::reasonsToHold(*position, order->total);
    const bool hold = !reasons.isEmpty();
    const QString reason = reasons.join(QStringLiteral("; "));
    if (auto status = setStatus(*order, hold ? SalesOrder::Status::Held : SalesOrder::Status::Released, reason,
            hold ? tr("Order %1 of %2 held for a credit manager: %3").arg(number, order->total.toText(), reason)
                 : tr("Order %1 of %2 released on credit (exposure %3 of a %4 limit)")
                       .arg(number, order->total.toText(), CreditCheck::exposure(*position, order->total).toText(),
                           position->creditLimit.toText()));
        !status)
        return status.error();
    return order;
}

Result<SalesOrder> SalesOrders::decide(const QString &number, bool release)
{
    auto order = existing(number);
    if (!order)
        return order;
    if (order->status != SalesOrder::Status::Held)
        return makeError(
            ErrorCode::InvalidInput, tr("order %1 is %2, not on hold").arg(number, SalesOrder::toText(order->status)));
    const QString held = order->holdReason;
    if (auto status = setStatus(*order, release ? SalesOrder::Status::Released : SalesOrder::Status::Cancelled, held,
            release ? tr("Order %1 released by %2 despite: %3").arg(number, m_author, held)
                    : tr("Order %1 cancelled by %2: %3").arg(number, m_author, held));
        !status)
        return status.error();
    return order;
}

Result<SalesOrder> SalesOrders::cancel(const QString &number)
{
    auto order = existing(number);
    if (!order)
        return order;
    if (order->status == SalesOrder::Status::Invoiced || order->status == SalesOrder::Status::Cancelled)
        return makeError(ErrorCode::InvalidInput,
            tr("order %1 is %2 already; it cannot be cancelled").arg(number, SalesOrder::toText(order->status)));
    if (order->status == SalesOrder::Status::Held)
        return decide(number, false);
    if (auto status = setStatus(*order, SalesOrder::Status::Cancelled, QString(),
            tr("Order %1 of %2 cancelled by %3").arg(number, order->total.toText(), m_author));
        !status)
        return status.error();
    return order;
}

Result<Invoice> SalesOrders::invoice(const QString &number)
{
    auto order = existing(number);
    if (!order)
        return order.error();
    if (order->status != SalesOrder::Status::Released)
        return makeError(ErrorCode::InvalidInput,
            tr("order %1 is %2; only a released order is invoiced").arg(number, SalesOrder::toText(order->status)));
    if (order->lines.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("order %1 has no lines to invoice").arg(number));
    InvoiceDrafts drafts(m_db, m_clock);
    auto draft = drafts.start(order->customerId);
    if (!draft)
        return draft;
    draft->lines = order->lines;
    draft->customerReference = order->customerReference;
    draft->notes = tr("Order %1 of %2").arg(number, order->orderDate.toString(Qt::ISODate));
    auto saved = drafts.save(*draft);
    if (!saved)
        return saved;
    order->invoiceDraftId = saved->draftId;
    auto written = storage::inTransaction(m_db, [&]() -> Status {
        auto updated = sync::Outbox(m_db, m_clock)
                           .update(QStringLiteral("sales_orders"), number,
                               { { QStringLiteral("status"), SalesOrder::toText(SalesOrder::Status::Invoiced) },
                                   { QStringLiteral("invoice_draft"), saved->draftId } });
        return updated ? success() : Status(updated.error());
    });
    if (!written) {
        (void)drafts.discard(saved->id);
        return written.error();
    }
    return saved;
}

Result<SalesOrder> SalesOrders::existing(const QString &number)
{
    auto order = storage::SalesOrderRepository(m_db).find(number);
    if (!order)
        return order.error();
    if (!*order)
        return makeError(ErrorCode::NotFound, tr("there is no order %1").arg(number));
    return **order;
}

Status SalesOrders::setStatus(
    SalesOrder &order, SalesOrder::Status status, const QString &holdReason, const QString &note)
{
    order.status = status;
    order.holdReason = holdReason;
    order.decidedBy = m_author;
    return storage::inTransaction(m_db, [&]() -> Status {
        auto updated = sync::Outbox(m_db, m_clock)
                           .update(QStringLiteral("sales_orders"), order.number,
                               { { QStringLiteral("status"), SalesOrder::toText(status) },
                                   { QStringLiteral("hold_reason"), sync::notNull(holdReason) },
                                   { QStringLiteral("decided_by"), m_author } });
        if (!updated)
            return updated.error();
        auto noted = CollectionsLog(m_db, m_clock, m_author).noteWithin(order.customerId, note);
        return noted ? success() : Status(noted.error());
    });
}

} // namespace cc::services
