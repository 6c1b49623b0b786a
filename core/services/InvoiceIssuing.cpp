// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoiceIssuing.h"

#include "InvoiceDrafts.h"
#include "common/RowId.h"
#include "domain/InvoiceValidation.h"
#include "server/PgConnection.h"
#include "storage/InvoiceRepository.h"
#include "storage/NumberingCounters.h"
#include "storage/Transaction.h"
#include "sync/Outbox.h"
#include "sync/PullSync.h"

#include "domain/InvoiceLinesJson.h"
#include <QJsonArray>
#include <QJsonDocument>

namespace cc::services {
namespace {

QJsonObject documentJson(const Invoice &document)
{
    return { { QStringLiteral("draft_id"), document.draftId }, { QStringLiteral("series"), document.series },
        { QStringLiteral("customer_id"), document.customerId },
        { QStringLiteral("kind"), document.kind == DocumentKind::CreditNote ? 1 : 0 },
        { QStringLiteral("invoice_date"), document.invoiceDate.toString(Qt::ISODate) },
        { QStringLiteral("due_date"), document.dueDate.toString(Qt::ISODate) },
        { QStringLiteral("currency"), document.total.currency().code() },
        { QStringLiteral("total_minor"), document.total.minorUnits() },
        { QStringLiteral("corrects_number"),
            document.correctsNumber.isEmpty() ? QJsonValue() : QJsonValue(document.correctsNumber) },
        { QStringLiteral("terms"), document.terms },
        { QStringLiteral("tax_rounding"), document.taxRounding == TaxRounding::PerInvoice ? 1 : 0 },
        { QStringLiteral("customer_reference"), document.customerReference },
        { QStringLiteral("notes"), document.notes },
        { QStringLiteral("lines"), InvoiceLinesJson::toJson(document.lines) } };
}

} // namespace

QString InvoiceIssuing::seriesFor(DocumentKind kind)
{
    return kind == DocumentKind::CreditNote ? QStringLiteral("credit_note") : QStringLiteral("invoice");
}

Result<Invoice> InvoiceIssuing::prepare(qint64 draftId)
{
    storage::InvoiceRepository invoices(m_db);
    auto stored = invoices.findById(draftId);
    if (!stored)
        return stored.error();
    if (!*stored)
        return makeError(ErrorCode::NotFound, tr("the draft was deleted meanwhile"));
    Invoice document = **stored;
    if (document.status != InvoiceStatus::Draft)
        return makeError(ErrorCode::InvalidInput, tr("%1 is issued already").arg(document.number));
    InvoiceDrafts::derive(document);
    if (const QList<FieldProblem> problems = InvoiceValidation::forIssuing(document); !problems.isEmpty())
        return makeError(ErrorCode::InvalidInput, InvoiceValidation::describe(problems));
    if (document.kind == DocumentKind::CreditNote) {
        auto original = invoices.findByNumber(document.correctsNumber);
        if (!original)
            return original.error();
        if (!*original || (*original)->customerId != document.customerId)
            return makeError(ErrorCode::InvalidInput,
                tr("corrects: %1 is not an invoice of this customer").arg(document.correctsNumber));
        if ((*original)->total.currency() != document.total.currency())
            return makeError(ErrorCode::InvalidInput,
                tr("corrects: %1 is in %2").arg(document.correctsNumber, (*original)->total.currency().code()));
        auto credited = invoices.creditedMinor(document.correctsNumber);
        if (!credited)
            return credited.error();
        const qint64 left = (*original)->total.minorUnits() - *credited;
        if (-document.total.minorUnits() > left)
            return makeError(ErrorCode::InvalidInput,
                tr("total: the credit exceeds what is left to credit on %1 (%2 minor units)")
                    .arg(document.correctsNumber)
                    .arg(left));
    }
    document.series = seriesFor(document.kind);
    return document;
}

Result<Invoice> InvoiceIssuing::issue(qint64 draftId)
{
    auto linked = sync::PullSync::hasPulled(m_db);
    if (!linked)
        return linked.error();
    if (*linked)
        return makeError(ErrorCode::InvalidInput,
            tr("this workspace works with a server, which hands out the numbers; issue while connected"));
    storage::Transaction transaction(m_db);
    if (auto status = transaction.begin(); !status)
        return status.error();
    auto document = prepare(draftId);
    if (!document)
        return document.error();
    auto number = storage::NumberingCounters(m_db).take(document->series, document->invoiceDate);
    if (!number)
        return number.error();
    document->number = *number;
    if (auto status = recordIssued(*document); !status)
        return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    document->status = InvoiceStatus::Open;
    return *document;
}

Result<Invoice> InvoiceIssuing::issueThrough(server::PgConnection &server, qint64 draftId)
{
    auto document = prepare(draftId);
    if (!document)
        return document.error();
    auto answer
        = server.exec(QStringLiteral("SELECT issued_number, issued_version FROM cashcycle_issue_document($1::jsonb)"),
            { QString::fromUtf8(QJsonDocument(documentJson(*document)).toJson(QJsonDocument::Compact)) });
    if (!answer)
        return answer.error();
    document->number = answer->text(0, 0);
    document->rowVersion = answer->text(0, 1).toLongLong();
    storage::Transaction transaction(m_db);
    if (auto status = transaction.begin(); !status)
        return status.error();
    if (auto status = recordIssued(*document); !status)
        return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    document->status = InvoiceStatus::Open;
    return *document;
}

Status InvoiceIssuing::recordIssued(const Invoice &document)
{
    storage::InvoiceRepository invoices(m_db);
    Invoice asDraft = document;
    asDraft.number = kDraftNumberPrefix + document.draftId;
    asDraft.status = InvoiceStatus::Draft;
    if (auto id = invoices.upsert(asDraft); !id)
        return id.error();
    if (auto status = invoices.markIssued(document.id, document.number, document.series, document.rowVersion); !status)
        return status;
    if (document.kind == DocumentKind::CreditNote)
        return applyCredit(document);
    return success();
}

Result<Invoice> InvoiceIssuing::issueWith(const QString &serverUri, qint64 draftId)
{
    if (serverUri.isEmpty())
        return issue(draftId);
    auto server = server::PgConnection::open(serverUri);
    if (!server)
        return server.error();
    return issueThrough(**server, draftId);
}

Status InvoiceIssuing::applyCredit(const Invoice &creditNote)
{
    storage::InvoiceRepository invoices(m_db);
    auto target = invoices.idForNumber(creditNote.correctsNumber);
    if (!target)
        return target.error();
    auto open = invoices.openAmount(**target);
    if (!open)
        return open.error();
    const qint64 amount = std::min(open->minorUnits(), -creditNote.total.minorUnits());
    if (amount > 0) {
        auto allocation = sync::Outbox(m_db, m_clock)
                              .insert(QStringLiteral("allocations"), newRowId(),
                                  { { QStringLiteral("invoice_number"), creditNote.correctsNumber },
                                      { QStringLiteral("credit_note_number"), creditNote.number },
                                      { QStringLiteral("amount_minor"), QString::number(amount) },
                                      { QStringLiteral("alloc_date"), creditNote.invoiceDate.toString(Qt::ISODate) } });
        if (!allocation)
            return allocation.error();
    }
    if (auto status = invoices.refreshSettlement(**target); !status)
        return status;
    return invoices.refreshSettlement(creditNote.id);
}

} // namespace cc::services
