// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoiceDrafts.h"

#include "common/RowId.h"
#include "domain/GrossCredit.h"
#include "domain/InvoiceValidation.h"
#include "domain/PaymentTerms.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"

namespace cc::services {
namespace {

Invoice blankDraft(const QDate &today)
{
    Invoice draft;
    draft.draftId = newRowId();
    draft.number = kDraftNumberPrefix + draft.draftId;
    draft.status = InvoiceStatus::Draft;
    draft.invoiceDate = today;
    return draft;
}

} // namespace

Result<Invoice> InvoiceDrafts::start(const QString &customerId)
{
    auto customer = storage::CustomerRepository(m_db).find(customerId);
    if (!customer)
        return customer.error();
    if (!*customer)
        return makeError(ErrorCode::NotFound, tr("there is no customer %1").arg(customerId));
    Invoice draft = blankDraft(m_clock.today());
    draft.customerId = customerId;
    draft.total = Money::zero((*customer)->currency);
    draft.terms = (*customer)->terms.code();
    derive(draft);
    return draft;
}

Result<Invoice> InvoiceDrafts::creditNoteFor(const QString &invoiceNumber)
{
    auto invoice = storage::InvoiceRepository(m_db).findByNumber(invoiceNumber);
    if (!invoice)
        return invoice.error();
    if (!*invoice)
        return makeError(ErrorCode::NotFound, tr("there is no invoice %1").arg(invoiceNumber));
    const Invoice &original = **invoice;
    if (original.kind != DocumentKind::Invoice || original.status == InvoiceStatus::Draft
        || original.status == InvoiceStatus::Cancelled)
        return makeError(ErrorCode::InvalidInput, tr("%1 is not an issued invoice").arg(invoiceNumber));
    Invoice draft = blankDraft(m_clock.today());
    draft.kind = DocumentKind::CreditNote;
    draft.customerId = original.customerId;
    draft.correctsNumber = original.number;
    draft.total = Money::zero(original.total.currency());
    draft.lines = original.lines;
    draft.taxRounding = original.taxRounding;
    draft.customerReference = original.customerReference;
    if (draft.lines.isEmpty()) {
        // An imported invoice without lines is credited in one line for its whole amount.
        InvoiceLine whole;
        whole.description = tr("Credit for invoice %1").arg(original.number);
        whole.unitPrice = original.total;
        draft.lines << whole;
    }
    derive(draft);
    return draft;
}

Result<Invoice> InvoiceDrafts::creditNoteFor(
    const QString &invoiceNumber, const Money &gross, const QString &description)
{
    auto draft = creditNoteFor(invoiceNumber);
    if (!draft)
        return draft;
    draft->lines = GrossCredit::linesFor(draft->lines, gross, description);
    draft->taxRounding = TaxRounding::PerLine;
    derive(*draft);
    return draft;
}

void InvoiceDrafts::derive(Invoice &draft)
{
    const Currency currency = draft.total.currency();
    const Money gross = InvoiceTotals::compute(draft.lines, currency, draft.taxRounding).gross;
    draft.total = draft.kind == DocumentKind::CreditNote ? -gross : gross;
    if (draft.kind == DocumentKind::CreditNote && draft.terms.isEmpty()) {
        draft.dueDate = draft.invoiceDate;
        return;
    }
    if (auto terms = PaymentTerms::parse(draft.terms); terms && draft.invoiceDate.isValid())
        draft.dueDate = terms->dueDate(draft.invoiceDate);
}

Result<Invoice> InvoiceDrafts::save(Invoice draft)
{
    derive(draft);
    if (const QList<FieldProblem> problems = InvoiceValidation::forSaving(draft); !problems.isEmpty())
        return makeError(ErrorCode::InvalidInput, InvoiceValidation::describe(problems));
    storage::InvoiceRepository invoices(m_db);
    if (draft.id != 0) {
        auto stored = invoices.findById(draft.id);
        if (!stored)
            return stored.error();
        if (!*stored)
            return makeError(ErrorCode::NotFound, tr("the draft was deleted meanwhile"));
        if ((*stored)->status != InvoiceStatus::Draft)
            return makeError(ErrorCode::InvalidInput,
                tr("%1 is issued and cannot change; correct it with a credit note").arg((*stored)->number));
    }
    draft.status = InvoiceStatus::Draft;
    auto id = invoices.upsert(draft);
    if (!id)
        return id.error();
    draft.id = *id;
    return draft;
}

Status InvoiceDrafts::discard(qint64 id)
{
    storage::InvoiceRepository invoices(m_db);
    auto stored = invoices.findById(id);
    if (!stored)
        return stored.error();
    if (!*stored)
        return success();
    if ((*stored)->status != InvoiceStatus::Draft)
        return makeError(ErrorCode::InvalidInput, tr("%1 is issued and cannot be deleted").arg((*stored)->number));
    return invoices.dropDraft((*stored)->draftId);
}

} // namespace cc::services
