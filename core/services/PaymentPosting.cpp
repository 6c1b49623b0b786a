// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentPosting.h"

#include "CollectionsLog.h"
#include "common/RowId.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/Transaction.h"
#include "sync/Outbox.h"

#include <QUuid>

#include <algorithm>

namespace cc::services {
namespace {

// Readable, and unique without asking anyone: payments recorded by hand have no bank id.
QString newPaymentId()
{
    return QStringLiteral("PAY-") + QUuid::createUuid().toString(QUuid::Id128).left(12).toUpper();
}

// Optional text, trimmed; never NULL, which sync reads as "no value".
QString textOf(const QString &value)
{
    return sync::notNull(value.trimmed());
}

const PaymentAllocator::OpenItem *itemNumbered(const QList<PaymentAllocator::OpenItem> &items, const QString &number)
{
    const auto found = std::find_if(
        items.cbegin(), items.cend(), [&](const PaymentAllocator::OpenItem &item) { return item.number == number; });
    return found == items.cend() ? nullptr : &*found;
}

} // namespace

Result<Money> PaymentPosting::bookedAmount(const Receipt &receipt)
{
    if (!receipt.rate)
        return receipt.received;
    if (!(receipt.rate->base() == receipt.received.currency()))
        return makeError(ErrorCode::InvalidInput,
            tr("the rate converts %1, but the payment came in %2")
                .arg(receipt.rate->base().code(), receipt.received.currency().code()));
    if (receipt.rate->quote() == receipt.received.currency())
        return makeError(ErrorCode::InvalidInput, tr("a rate converts into another currency"));
    return receipt.rate->convert(receipt.received, RoundingMode::HalfAwayFromZero);
}

Result<QList<PaymentAllocator::OpenItem>> PaymentPosting::openItems(const QString &customerId, const Currency &currency)
{
    return storage::InvoiceRepository(m_db).payableItems(customerId, currency);
}

Result<PaymentAllocator::Plan> PaymentPosting::suggest(const Receipt &receipt)
{
    auto amount = bookedAmount(receipt);
    if (!amount)
        return amount.error();
    auto items = openItems(receipt.customerId, amount->currency());
    if (!items)
        return items.error();
    return PaymentAllocator::suggest(*amount, receipt.date, *items);
}

Result<QString> PaymentPosting::record(const Receipt &receipt, const PaymentAllocator::Plan &plan)
{
    auto customer = storage::CustomerRepository(m_db).find(receipt.customerId);
    if (!customer)
        return customer.error();
    if (!*customer)
        return makeError(ErrorCode::NotFound, tr("there is no customer %1").arg(receipt.customerId));
    if (!receipt.date.isValid() || receipt.date > m_clock.today())
        return makeError(ErrorCode::InvalidInput, tr("a payment is dated today or earlier"));
    if (!receipt.received.isPositive())
        return makeError(ErrorCode::InvalidInput, tr("a payment brings a positive amount"));
    auto amount = bookedAmount(receipt);
    if (!amount)
        return amount.error();
    if (!amount->isPositive())
        return makeError(ErrorCode::InvalidInput, tr("at this rate the payment is worth nothing"));
    if (auto status = checkPlan(*amount, receipt.date, receipt.customerId, plan); !status)
        return status.error();

    Payment payment { receipt.id.isEmpty() ? newPaymentId() : receipt.id, receipt.customerId, receipt.date, *amount,
        textOf(receipt.method), textOf(receipt.reference), QDate(), 0 };
    sync::FieldValues values { { QStringLiteral("customer_id"), payment.customerId },
        { QStringLiteral("payment_date"), payment.date.toString(Qt::ISODate) },
        { QStringLiteral("currency"), amount->currency().code() },
        { QStringLiteral("amount_minor"), QString::number(amount->minorUnits()) },
        { QStringLiteral("method"), payment.method }, { QStringLiteral("reference"), payment.reference } };
    if (!receipt.bankLineId.isEmpty())
        values.insert(QStringLiteral("bank_line_id"), receipt.bankLineId);
    if (receipt.rate) {
        values.insert(QStringLiteral("received_currency"), receipt.received.currency().code());
        values.insert(QStringLiteral("received_minor"), QString::number(receipt.received.minorUnits()));
        values.insert(QStringLiteral("fx_rate"), receipt.rate->toDecimalString());
    }
    auto written = storage::inTransaction(m_db, [&]() -> Status {
        if (auto inserted = sync::Outbox(m_db, m_clock).insert(QStringLiteral("payments"), payment.id, values);
            !inserted)
            return inserted.error();
        auto lines = allocate(payment, plan);
        if (!lines)
            return lines.error();
        QString note = tr("Payment %1 of %2 received on %3")
                           .arg(payment.id, receipt.received.toText(), receipt.date.toString(Qt::ISODate));
        if (receipt.rate)
            note += tr(" (%1 at %2)").arg(amount->toText(), receipt.rate->toDecimalString());
        if (!payment.method.isEmpty() || !payment.reference.isEmpty())
            note += QStringLiteral(", ")
                + QStringList { payment.method, payment.reference }.join(QLatin1Char(' ')).trimmed();
        note += QLatin1Char('.');
        for (const QString &line : std::as_const(*lines))
            note += QLatin1Char('\n') + line;
        if (plan.unapplied.isPositive())
            note += QLatin1Char('\n') + tr("Unapplied: %1").arg(plan.unapplied.toText());
        auto noted = CollectionsLog(m_db, m_clock, m_author).noteWithin(payment.customerId, note);
        return noted ? success() : Status(noted.error());
    });
    if (!written)
        return written.error();
    return payment.id;
}

Result<PaymentAllocator::Plan> PaymentPosting::suggestApplication(const QString &paymentId)
{
    auto payment = livePayment(paymentId);
    if (!payment)
        return payment.error();
    auto rest = storage::PaymentRepository(m_db).unapplied(*payment);
    if (!rest)
        return rest.error();
    auto items = openItems(payment->customerId, payment->amount.currency());
    if (!items)
        return items.error();
    return PaymentAllocator::suggest(*rest, payment->date, *items);
}

Status PaymentPosting::apply(const QString &paymentId, const PaymentAllocator::Plan &plan)
{
    auto payment = livePayment(paymentId);
    if (!payment)
        return payment.error();
    auto rest = storage::PaymentRepository(m_db).unapplied(*payment);
    if (!rest)
        return rest.error();
    if (!rest->isPositive())
        return makeError(ErrorCode::InvalidInput, tr("payment %1 has nothing left to apply").arg(paymentId));
    if (auto status = checkPlan(*rest, payment->date, payment->customerId, plan); !status)
        return status;
    return storage::inTransaction(m_db, [&]() -> Status {
        auto lines = allocate(*payment, plan);
        if (!lines)
            return lines.error();
        QString note = tr("Unapplied cash of payment %1 applied.").arg(paymentId);
        for (const QString &line : std::as_const(*lines))
            note += QLatin1Char('\n') + line;
        auto noted = CollectionsLog(m_db, m_clock, m_author).noteWithin(payment->customerId, note);
        return noted ? success() : Status(noted.error());
    });
}

Result<QString> PaymentPosting::refund(
    const QString &paymentId, const Money &amount, const QDate &date, const QString &method, const QString &reference)
{
    auto payment = livePayment(paymentId);
    if (!payment)
        return payment.error();
    if (!(amount.currency() == payment->amount.currency()))
        return makeError(ErrorCode::InvalidInput,
            tr("payment %1 is in %2; refund it in %2").arg(paymentId, payment->amount.currency().code()));
    if (!amount.isPositive())
        return makeError(ErrorCode::InvalidInput, tr("a refund pays back a positive amount"));
    if (!date.isValid() || date < payment->date || date > m_clock.today())
        return makeError(ErrorCode::InvalidInput, tr("a refund is dated between the payment's day and today"));
    auto rest = storage::PaymentRepository(m_db).unapplied(*payment);
    if (!rest)
        return rest.error();
    if (amount > *rest)
        return makeError(ErrorCode::InvalidInput,
            tr("only %1 of payment %2 is unapplied; that is the most it can refund").arg(rest->toText(), paymentId));
    const QString id = newRowId();
    auto written = storage::inTransaction(m_db, [&]() -> Status {
        auto inserted = sync::Outbox(m_db, m_clock)
                            .insert(QStringLiteral("refunds"), id,
                                { { QStringLiteral("customer_id"), payment->customerId },
                                    { QStringLiteral("payment_id"), paymentId },
                                    { QStringLiteral("refund_date"), date.toString(Qt::ISODate) },
                                    { QStringLiteral("currency"), amount.currency().code() },
                                    { QStringLiteral("amount_minor"), QString::number(amount.minorUnits()) },
                                    { QStringLiteral("method"), textOf(method) },
                                    { QStringLiteral("reference"), textOf(reference) } });
        if (!inserted)
            return inserted.error();
        auto noted = CollectionsLog(m_db, m_clock, m_author)
                         .noteWithin(payment->customerId,
                             tr("Refund of %1 from payment %2 on %3.")
                                 .arg(amount.toText(), paymentId, date.toString(Qt::ISODate)));
        return noted ? success() : Status(noted.error());
    });
    if (!written)
        return written.error();
    return id;
}

Status PaymentPosting::reverse(const QString &paymentId, const QDate &date, const QString &reason)
{
    auto payment = livePayment(paymentId);
    if (!payment)
        return payment.error();
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("say why the payment is reversed (for example, it bounced)"));
    if (!date.isValid() || date < payment->date || date > m_clock.today())
        return makeError(ErrorCode::InvalidInput, tr("a reversal is dated between the payment's day and today"));
    storage::PaymentRepository payments(m_db);
    auto refunded = payments.refundedMinor(paymentId);
    if (!refunded)
        return refunded.error();
    if (*refunded > 0)
        return makeError(ErrorCode::InvalidInput,
            tr("part of payment %1 was refunded already; a refunded payment cannot be reversed").arg(paymentId));
    auto keys = payments.allocationKeysOf(paymentId);
    if (!keys)
        return keys.error();
    return storage::inTransaction(m_db, [&]() -> Status {
        sync::Outbox outbox(m_db, m_clock);
        storage::InvoiceRepository invoices(m_db);
        QStringList reopened;
        for (const auto &key : std::as_const(*keys)) {
            auto invoice = invoices.findById(key.invoiceId);
            if (!invoice)
                return invoice.error();
            if (*invoice && !reopened.contains((*invoice)->number))
                reopened << (*invoice)->number;
            if (key.serverId.isEmpty()) {
                if (auto status = payments.removeLocalAllocation(key.id); !status)
                    return status;
                if (auto status = invoices.refreshSettlement(key.invoiceId); !status)
                    return status;
            } else if (auto removed = outbox.remove(QStringLiteral("allocations"), key.serverId); !removed) {
                return removed.error();
            }
        }
        auto updated = outbox.update(QStringLiteral("payments"), paymentId,
            { { QStringLiteral("reversed_date"), date.toString(Qt::ISODate) },
                { QStringLiteral("reversal_reason"), reason.trimmed() } });
        if (!updated)
            return updated.error();
        QString note = tr("Payment %1 of %2 reversed on %3: %4.")
                           .arg(paymentId, payment->amount.toText(), date.toString(Qt::ISODate), reason.trimmed());
        if (!reopened.isEmpty())
            note += QLatin1Char('\n') + tr("Open again: %1").arg(reopened.join(QStringLiteral(", ")));
        auto noted = CollectionsLog(m_db, m_clock, m_author).noteWithin(payment->customerId, note);
        return noted ? success() : Status(noted.error());
    });
}

Result<Payment> PaymentPosting::livePayment(const QString &paymentId)
{
    auto payment = storage::PaymentRepository(m_db).find(paymentId);
    if (!payment)
        return payment.error();
    if (!*payment)
        return makeError(ErrorCode::NotFound, tr("there is no payment %1").arg(paymentId));
    if ((*payment)->reversedOn.isValid())
        return makeError(ErrorCode::InvalidInput,
            tr("payment %1 was reversed on %2").arg(paymentId, (*payment)->reversedOn.toString(Qt::ISODate)));
    return **payment;
}

Status PaymentPosting::checkPlan(
    const Money &cash, const QDate &paymentDate, const QString &customerId, const PaymentAllocator::Plan &plan)
{
    auto items = openItems(customerId, cash.currency());
    if (!items)
        return items.error();
    const QStringList problems = PaymentAllocator::check(cash, paymentDate, *items, plan);
    if (!problems.isEmpty())
        return makeError(ErrorCode::InvalidInput, problems.join(QStringLiteral("; ")));
    return success();
}

Result<QStringList> PaymentPosting::allocate(const Payment &payment, const PaymentAllocator::Plan &plan)
{
    auto items = openItems(payment.customerId, payment.amount.currency());
    if (!items)
        return items.error();
    sync::Outbox outbox(m_db, m_clock);
    QStringList lines;
    for (const PaymentAllocator::Line &line : plan.lines) {
        const PaymentAllocator::OpenItem *item = itemNumbered(*items, line.number);
        Q_ASSERT(item); // checkPlan() found every line's invoice
        // Never before the invoice: aging on an earlier day would lose the cash.
        const QDate day = std::max(payment.date, item->invoiceDate);
        const auto write = [&](const Money &amount, const QString &column) -> Status {
            if (!amount.isPositive())
                return success();
            auto inserted = outbox.insert(QStringLiteral("allocations"), newRowId(),
                { { QStringLiteral("invoice_number"), line.number }, { column, payment.id },
                    { QStringLiteral("amount_minor"), QString::number(amount.minorUnits()) },
                    { QStringLiteral("alloc_date"), day.toString(Qt::ISODate) } });
            return inserted ? success() : Status(inserted.error());
        };
        if (auto status = write(line.cash, QStringLiteral("payment_id")); !status)
            return status.error();
        if (auto status = write(line.discount, QStringLiteral("discount_payment_id")); !status)
            return status.error();
        QString text = line.number + QStringLiteral(": ") + line.cash.toText();
        if (line.discount.isPositive())
            text += tr(" + %1 early-payment discount").arg(line.discount.toText());
        if (line.unearnedDiscount.isPositive())
            text += tr("; %1 deducted as a discount after its window, still open").arg(line.unearnedDiscount.toText());
        lines << text;
    }
    return lines;
}

} // namespace cc::services
