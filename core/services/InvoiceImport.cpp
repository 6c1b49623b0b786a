// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoiceImport.h"

#include "storage/InvoiceRepository.h"

namespace cc::services {
namespace {

QString differs(const QString &number, const QString &existing)
{
    return QCoreApplication::translate(
        "InvoiceImport", "invoice %1 exists with different values (the workspace has \"%2\")")
        .arg(number, existing);
}

} // namespace

Status InvoiceImport::check(ImportFields &fields)
{
    const qsizetype problemsBefore = fields.problemCount();
    Invoice row;
    row.number = fields.required(u"invoice_number");
    isDuplicate(fields, u"invoice_number", row.number);
    auto found = ImportRows::owner(fields, row.customerId);
    if (!found)
        return found.error();
    const std::optional<Customer> owner = *found;
    row.invoiceDate = fields.date(u"invoice_date", true);
    row.dueDate = fields.date(u"due_date", false);
    const bool hasCurrency = !fields.text(u"currency").isEmpty();
    std::optional<Currency> currency = hasCurrency ? fields.currency(u"currency") : std::nullopt;
    if (owner) {
        if (!hasCurrency)
            currency = owner->currency;
        else if (currency && !(*currency == owner->currency))
            fields.report(u"currency",
                tr("invoice currency %1 differs from customer %2's currency %3")
                    .arg(currency->code(), owner->id, owner->currency.code()));
        if (!row.dueDate.isValid() && row.invoiceDate.isValid())
            row.dueDate = owner->terms.dueDate(row.invoiceDate);
    }
    if (row.dueDate.isValid() && row.invoiceDate.isValid() && row.dueDate < row.invoiceDate)
        fields.report(u"due_date",
            tr("%1 is before the invoice date %2")
                .arg(row.dueDate.toString(Qt::ISODate), row.invoiceDate.toString(Qt::ISODate)));
    if (currency) {
        if (auto total = fields.amount(u"total", *currency, true))
            row.total = *total;
    }
    if (fields.problemCount() != problemsBefore)
        return success();
    row.kind = row.total.isNegative() ? DocumentKind::CreditNote : DocumentKind::Invoice;

    auto existing = storage::InvoiceRepository(m_db).summaryByNumber(row.number);
    if (!existing)
        return existing.error();
    if (!*existing) {
        m_pending.append(row);
        return success();
    }
    const InvoiceSummary &stored = **existing;
    if (row.customerId != stored.customerId)
        fields.report(u"customer_id", differs(row.number, stored.customerId));
    if (row.invoiceDate != stored.invoiceDate)
        fields.report(u"invoice_date", differs(row.number, stored.invoiceDate.toString(Qt::ISODate)));
    // A due date the file leaves out was derived from terms that may have changed since.
    if (!fields.text(u"due_date").isEmpty() && row.dueDate != stored.dueDate)
        fields.report(u"due_date", differs(row.number, stored.dueDate.toString(Qt::ISODate)));
    if (!(row.total.currency() == stored.total.currency()))
        fields.report(u"currency", differs(row.number, stored.total.currency().code()));
    else if (!(row.total == stored.total))
        fields.report(u"total", differs(row.number, stored.total.toDecimalString()));
    if (fields.problemCount() == problemsBefore)
        ++m_unchanged;
    return success();
}

Status InvoiceImport::write(qsizetype index)
{
    auto id = storage::InvoiceRepository(m_db).insert(m_pending[index]);
    return id ? success() : Status(id.error());
}

} // namespace cc::services
