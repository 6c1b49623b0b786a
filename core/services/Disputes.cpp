// SPDX-License-Identifier: GPL-3.0-or-later
#include "Disputes.h"

#include "CollectionsLog.h"
#include "storage/DisputeRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/Transaction.h"
#include "sync/Outbox.h"

#include <QUuid>

namespace cc::services {
namespace {

} // namespace

Result<Dispute> Disputes::open(
    const QString &invoiceNumber, const Money &amount, const QString &reason, const QString &owner, const QString &note)
{
    if (!Dispute::reasonCodes().contains(reason))
        return makeError(ErrorCode::InvalidInput,
            tr("\"%1\" is not a dispute reason; give one of %2")
                .arg(reason, Dispute::reasonCodes().join(QStringLiteral(", "))));
    auto invoice = storage::InvoiceRepository(m_db).summaryByNumber(invoiceNumber);
    if (!invoice)
        return invoice.error();
    if (!*invoice || (*invoice)->kind != DocumentKind::Invoice || (*invoice)->status == InvoiceStatus::Draft)
        return makeError(ErrorCode::NotFound, tr("there is no issued invoice %1").arg(invoiceNumber));
    const InvoiceSummary &found = **invoice;
    if (!(amount.currency() == found.open.currency()))
        return makeError(ErrorCode::InvalidInput,
            tr("invoice %1 is in %2; dispute an amount in %2").arg(invoiceNumber, found.open.currency().code()));
    auto disputed = storage::DisputeRepository(m_db).disputedMinor(invoiceNumber);
    if (!disputed)
        return disputed.error();
    const Money disputable = found.open - Money(*disputed, found.open.currency());
    if (!amount.isPositive() || amount > disputable)
        return makeError(ErrorCode::InvalidInput,
            tr("%1 of invoice %2 is open and not disputed yet; a dispute is for a positive amount up to that")
                .arg(disputable.toText(), invoiceNumber));
    Dispute dispute { QUuid::createUuid().toString(QUuid::WithoutBraces), invoiceNumber, found.customerId, amount,
        reason, Dispute::Status::New, m_clock.today(), QDate(), owner.trimmed().isEmpty() ? m_author : owner.trimmed(),
        note.trimmed() };
    auto written = storage::inTransaction(m_db, [&]() -> Status {
        auto inserted
            = sync::Outbox(m_db, m_clock)
                  .insert(QStringLiteral("disputes"), dispute.id,
                      { { QStringLiteral("invoice_number"), invoiceNumber },
                          { QStringLiteral("customer_id"), dispute.customerId },
                          { QStringLiteral("amount_minor"), QString::number(amount.minorUnits()) },
                          { QStringLiteral("reason"), reason },
                          { QStringLiteral("status"), Dispute::toText(dispute.status) },
                          { QStringLiteral("opened_date"), dispute.openedOn.toString(Qt::ISODate) },
                          { QStringLiteral("owner"), dispute.owner },
                          { QStringLiteral("note"), dispute.note.isNull() ? QStringLiteral("") : dispute.note } });
        if (!inserted)
            return inserted.error();
        auto noted = CollectionsLog(m_db, m_clock, m_author)
                         .noteWithin(dispute.customerId,
                             tr("Dispute on %1 opened: %2, %3, owner %4, due by %5")
                                 .arg(invoiceNumber, amount.toText(), reason, dispute.owner,
                                     dispute.slaDue().toString(Qt::ISODate)));
        return noted ? success() : Status(noted.error());
    });
    if (!written)
        return written.error();
    return dispute;
}

Result<Dispute> Disputes::move(const QString &id, Dispute::Status to, const QString &note)
{
    auto found = storage::DisputeRepository(m_db).find(id);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, tr("there is no dispute %1").arg(id));
    Dispute dispute = **found;
    if (!Dispute::canMove(dispute.status, to))
        return makeError(ErrorCode::InvalidInput,
            tr("a %1 dispute cannot become %2").arg(Dispute::toText(dispute.status), Dispute::toText(to)));
    if (dispute.status == Dispute::Status::Resolved) {
        // Reopened: its amount is disputed again, if the invoice still has that much undisputed.
        auto invoice = storage::InvoiceRepository(m_db).summaryByNumber(dispute.invoiceNumber);
        auto disputed = storage::DisputeRepository(m_db).disputedMinor(dispute.invoiceNumber, dispute.id);
        if (!invoice || !disputed)
            return !invoice ? invoice.error() : disputed.error();
        if (!*invoice || dispute.amount > (*invoice)->open - Money(*disputed, dispute.amount.currency()))
            return makeError(ErrorCode::InvalidInput,
                tr("invoice %1 no longer has %2 open to dispute; open a new dispute for what is left")
                    .arg(dispute.invoiceNumber, dispute.amount.toText()));
    }
    const Dispute::Status from = dispute.status;
    dispute.status = to;
    dispute.resolvedOn = to == Dispute::Status::Resolved ? m_clock.today() : QDate();
    auto written = storage::inTransaction(m_db, [&]() -> Status {
        auto updated = sync::Outbox(m_db, m_clock)
                           .update(QStringLiteral("disputes"), id,
                               { { QStringLiteral("status"), Dispute::toText(to) },
                                   { QStringLiteral("resolved_date"), dispute.resolvedOn.toString(Qt::ISODate) } });
        if (!updated)
            return updated.error();
        QString text
            = tr("Dispute on %1 (%2): %3 → %4")
                  .arg(dispute.invoiceNumber, dispute.amount.toText(), Dispute::toText(from), Dispute::toText(to));
        if (!note.trimmed().isEmpty())
            text += QStringLiteral(": ") + note.trimmed();
        auto noted = CollectionsLog(m_db, m_clock, m_author).noteWithin(dispute.customerId, text);
        return noted ? success() : Status(noted.error());
    });
    if (!written)
        return written.error();
    return dispute;
}

} // namespace cc::services
