// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentImport.h"

#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"

#include <algorithm>

namespace cc::services {
namespace {

QString differs(const QString &id, const QString &existing)
{
    return QCoreApplication::translate(
        "PaymentImport", "payment %1 exists with different values (the workspace has \"%2\")")
        .arg(id, existing);
}

} // namespace

Status PaymentImport::check(ImportFields &fields)
{
    const qsizetype problemsBefore = fields.problemCount();
    Payment row;
    row.id = fields.required(u"payment_id");
    isDuplicate(fields, u"payment_id", row.id);
    auto found = ImportRows::owner(fields, row.customerId);
    if (!found)
        return found.error();
    const std::optional<Customer> owner = *found;
    row.date = fields.date(u"payment_date", true);
    const bool hasCurrency = !fields.text(u"currency").isEmpty();
    std::optional<Currency> currency = hasCurrency ? fields.currency(u"currency") : std::nullopt;
    if (owner && !hasCurrency)
        currency = owner->currency;

    row.reference = fields.text(u"invoice_number");
    std::optional<InvoiceSummary> invoice;
    if (!row.reference.isEmpty()) {
        auto found = storage::InvoiceRepository(m_db).summaryByNumber(row.reference);
        if (!found)
            return found.error();
        invoice = *found;
        if (!invoice) {
            fields.report(u"invoice_number", tr("unknown invoice %1").arg(row.reference));
        } else if (invoice->kind == DocumentKind::CreditNote) {
            fields.report(u"invoice_number", tr("%1 is a credit note; payments apply to invoices").arg(row.reference));
        } else {
            if (owner && invoice->customerId != owner->id)
                fields.report(u"invoice_number",
                    tr("invoice %1 belongs to customer %2, not %3").arg(row.reference, invoice->customerId, owner->id));
            if (currency && !(*currency == invoice->total.currency()))
                fields.report(u"currency",
                    tr("payment currency %1 differs from invoice %2's currency %3")
                        .arg(currency->code(), row.reference, invoice->total.currency().code()));
            // Aging would show the amount neither as open nor as cash between the two dates.
            if (row.date.isValid() && row.date < invoice->invoiceDate)
                fields.report(u"payment_date",
                    tr("%1 is before invoice %2's date %3")
                        .arg(
                            row.date.toString(Qt::ISODate), row.reference, invoice->invoiceDate.toString(Qt::ISODate)));
        }
    } else if (owner && currency && !(*currency == owner->currency)) {
        // Unapplied cash is held in the customer's currency; other currencies would drop out of balances.
        fields.report(u"currency",
            tr("payment currency %1 differs from customer %2's currency %3")
                .arg(currency->code(), owner->id, owner->currency.code()));
    }
    if (currency) {
        if (auto amount = fields.amount(u"amount", *currency, true)) {
            row.amount = *amount;
            if (!amount->isPositive())
                fields.report(u"amount", tr("a payment amount must be positive"));
        }
    }
    if (fields.problemCount() != problemsBefore)
        return success();

    auto existing = storage::PaymentRepository(m_db).find(row.id);
    if (!existing)
        return existing.error();
    if (*existing) {
        const Payment &stored = **existing;
        if (row.customerId != stored.customerId)
            fields.report(u"customer_id", differs(row.id, stored.customerId));
        if (row.date != stored.date)
            fields.report(u"payment_date", differs(row.id, stored.date.toString(Qt::ISODate)));
        if (!(row.amount.currency() == stored.amount.currency()))
            fields.report(u"currency", differs(row.id, stored.amount.currency().code()));
        else if (!(row.amount == stored.amount))
            fields.report(u"amount", differs(row.id, stored.amount.toDecimalString()));
        if (fields.has(u"invoice_number") && row.reference != stored.reference)
            fields.report(u"invoice_number", differs(row.id, stored.reference));
        if (fields.problemCount() == problemsBefore)
            ++m_unchanged;
        return success();
    }

    Pending pending { row, Money::zero(row.amount.currency()), 0 };
    if (invoice) {
        auto open = m_open.find(row.reference);
        if (open == m_open.end())
            open = m_open.insert(row.reference, invoice->open);
        if (open->isPositive()) {
            pending.applied = std::min(row.amount, *open);
            pending.invoiceId = invoice->id;
            *open -= pending.applied;
        }
    }
    m_pending.append(pending);
    return success();
}

Status PaymentImport::write(qsizetype index)
{
    const Pending &pending = m_pending[index];
    storage::PaymentRepository payments(m_db);
    if (auto status = payments.insert(pending.payment); !status)
        return status;
    if (pending.applied.isZero())
        return success();
    m_paidInvoices.append(pending.invoiceId);
    return payments.allocate(
        { pending.payment.id, {}, pending.payment.reference, pending.applied, pending.payment.date });
}

Status PaymentImport::finish()
{
    // In id order: the updates then walk the table instead of jumping across it, which matters
    // once it outgrows SQLite's page cache.
    std::sort(m_paidInvoices.begin(), m_paidInvoices.end());
    m_paidInvoices.erase(std::unique(m_paidInvoices.begin(), m_paidInvoices.end()), m_paidInvoices.end());
    storage::InvoiceRepository invoices(m_db);
    for (qint64 id : std::as_const(m_paidInvoices)) {
        if (auto status = invoices.refreshSettlement(id); !status)
            return status;
    }
    storage::PaymentRepository payments(m_db);
    for (const Pending &pending : std::as_const(m_pending)) {
        if (pending.applied.isZero())
            continue;
        if (auto status = payments.refreshApplication(pending.payment.id); !status)
            return status;
    }
    return success();
}

} // namespace cc::services
