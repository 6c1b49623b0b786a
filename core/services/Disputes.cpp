// SPDX-License-Identifier: GPL-3.0-or-later
#include "Disputes.h"

#include "CollectionsLog.h"
#include "InvoiceDrafts.h"
#include "TeamSettings.h"
#include "WriteOffs.h"
#include "common/RowId.h"
#include "domain/DisputeAttachment.h"
#include "storage/DisputeRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/Transaction.h"
#include "sync/Outbox.h"

#include <QJsonObject>
#include <QMimeDatabase>

namespace cc::services {
namespace {

QString kindText(DisputeResolution::Kind kind)
{
    switch (kind) {
    case DisputeResolution::Kind::CreditNote:
        return Disputes::tr("a credit note");
    case DisputeResolution::Kind::WriteOff:
        return Disputes::tr("a write-off");
    case DisputeResolution::Kind::Rejected:
        break;
    }
    return Disputes::tr("rejection");
}

/// What the outbox writes for a resolution; none clears it (a declined proposal, a reopening).
sync::FieldValues resolutionFields(const std::optional<DisputeResolution> &resolution)
{
    const bool has = resolution.has_value();
    return { { QStringLiteral("resolution"), has ? DisputeResolution::toText(resolution->kind) : QString() },
        { QStringLiteral("resolution_minor"),
            has ? QString::number(resolution->amount.minorUnits()) : QStringLiteral("0") },
        { QStringLiteral("resolution_state"), has ? DisputeResolution::toText(resolution->state) : QString() },
        { QStringLiteral("resolution_document"), sync::notNull(has ? resolution->document : QString()) },
        { QStringLiteral("proposed_by"), sync::notNull(has ? resolution->proposedBy : QString()) },
        { QStringLiteral("decided_by"), sync::notNull(has ? resolution->decidedBy : QString()) } };
}

} // namespace

const QString Disputes::LimitsKey = QStringLiteral("dispute.approval_limits");

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
    Dispute dispute { newRowId(), invoiceNumber, found.customerId, amount, reason, Dispute::Status::New,
        m_clock.today(), QDate(), owner.trimmed().isEmpty() ? m_author : owner.trimmed(), note.trimmed(),
        std::nullopt };
    auto written = storage::inTransaction(m_db, [&]() -> Status {
        auto inserted = sync::Outbox(m_db, m_clock)
                            .insert(QStringLiteral("disputes"), dispute.id,
                                { { QStringLiteral("invoice_number"), invoiceNumber },
                                    { QStringLiteral("customer_id"), dispute.customerId },
                                    { QStringLiteral("amount_minor"), QString::number(amount.minorUnits()) },
                                    { QStringLiteral("reason"), reason },
                                    { QStringLiteral("status"), Dispute::toText(dispute.status) },
                                    { QStringLiteral("opened_date"), dispute.openedOn.toString(Qt::ISODate) },
                                    { QStringLiteral("owner"), dispute.owner },
                                    { QStringLiteral("note"), sync::notNull(dispute.note) } });
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

Result<Dispute> Disputes::find(const QString &id)
{
    auto found = storage::DisputeRepository(m_db).find(id);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, tr("there is no dispute %1").arg(id));
    return **found;
}

Result<Dispute> Disputes::move(const QString &id, Dispute::Status to, const QString &note)
{
    auto found = find(id);
    if (!found)
        return found;
    Dispute dispute = *found;
    if (to == Dispute::Status::Resolved)
        return makeError(ErrorCode::InvalidInput,
            tr("a dispute is resolved by a credit note, a write-off or a rejection: resolve it, do not move it"));
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
    sync::FieldValues values { { QStringLiteral("status"), Dispute::toText(to) } };
    if (from == Dispute::Status::Resolved) {
        // Reopened: how it ended stays on the timeline.
        dispute.resolvedOn = QDate();
        dispute.resolution.reset();
        values.insert(resolutionFields(std::nullopt));
        values.insert(QStringLiteral("resolved_date"), QString());
    }
    auto written = storage::inTransaction(m_db, [&] {
        return recordStep(dispute, values,
            tr("Dispute on %1 (%2): %3 → %4")
                .arg(dispute.invoiceNumber, dispute.amount.toText(), Dispute::toText(from), Dispute::toText(to)),
            note);
    });
    if (!written)
        return written.error();
    return dispute;
}

Result<Money> Disputes::approvalLimit(DisputeResolution::Kind kind, const Currency &currency)
{
    if (kind == DisputeResolution::Kind::WriteOff)
        return WriteOffs(m_db, m_clock, m_author).approvalLimit(currency);
    auto limits = TeamSettings(m_db, m_clock).object(LimitsKey);
    if (!limits)
        return limits.error();
    return Money(qint64(limits->value(DisputeResolution::toText(kind)).toObject().value(currency.code()).toInteger(0)),
        currency);
}

Status Disputes::setApprovalLimit(DisputeResolution::Kind kind, const Money &limit)
{
    if (kind == DisputeResolution::Kind::WriteOff)
        return WriteOffs(m_db, m_clock, m_author).setApprovalLimit(limit);
    if (limit.isNegative())
        return makeError(ErrorCode::InvalidInput, tr("an approval limit is zero or more"));
    TeamSettings settings(m_db, m_clock);
    auto limits = settings.object(LimitsKey);
    if (!limits)
        return limits.error();
    QJsonObject ofKind = limits->value(DisputeResolution::toText(kind)).toObject();
    ofKind.insert(limit.currency().code(), limit.minorUnits());
    limits->insert(DisputeResolution::toText(kind), ofKind);
    return settings.setObject(LimitsKey, *limits);
}

Result<Dispute> Disputes::resolve(const QString &id, DisputeResolution::Kind kind, const Money &amount,
    const QString &note, const IssueDraft &issue, bool approveNow)
{
    auto found = find(id);
    if (!found)
        return found;
    Dispute dispute = *found;
    if (dispute.status == Dispute::Status::Resolved)
        return makeError(ErrorCode::InvalidInput, tr("dispute %1 is resolved already; reopen it first").arg(id));
    const Currency currency = dispute.amount.currency();
    const bool rejected = kind == DisputeResolution::Kind::Rejected;
    const Money resolved = rejected ? Money::zero(currency) : amount;
    if (!rejected) {
        if (!(amount.currency() == currency))
            return makeError(ErrorCode::InvalidInput, tr("dispute %1 is in %2").arg(id, currency.code()));
        if (!amount.isPositive() || amount > dispute.amount)
            return makeError(ErrorCode::InvalidInput,
                tr("%1 is disputed; %2 is for a positive amount up to that")
                    .arg(dispute.amount.toText(), kindText(kind)));
    }
    auto limit = approvalLimit(kind, currency);
    if (!limit)
        return limit.error();
    // A rejection weighs what the customer is asked to pay after all.
    const Money weighed = rejected ? dispute.amount : resolved;
    DisputeResolution resolution { kind, resolved, DisputeResolution::State::Proposed, QString(), m_author, QString() };
    if (approveNow || weighed <= *limit)
        return carryOut(dispute, resolution, note, issue);

    dispute.resolution = resolution;
    auto written = storage::inTransaction(m_db, [&] {
        return recordStep(dispute, resolutionFields(resolution),
            tr("Dispute on %1 (%2): %3 of %4 proposed, above the limit of %5; a credit manager decides")
                .arg(dispute.invoiceNumber, dispute.amount.toText(), kindText(kind), weighed.toText(), limit->toText()),
            note);
    });
    if (!written)
        return written.error();
    return dispute;
}

Result<Dispute> Disputes::decide(const QString &id, bool approve, const IssueDraft &issue, const QString &note)
{
    auto found = find(id);
    if (!found)
        return found;
    Dispute dispute = *found;
    if (!dispute.resolution || dispute.resolution->state != DisputeResolution::State::Proposed)
        return makeError(ErrorCode::InvalidInput, tr("dispute %1 has no resolution waiting for a decision").arg(id));
    if (approve)
        return carryOut(dispute, *dispute.resolution, note, issue);

    const DisputeResolution declined = *dispute.resolution;
    dispute.resolution.reset();
    auto written = storage::inTransaction(m_db, [&] {
        return recordStep(dispute, resolutionFields(std::nullopt),
            tr("Dispute on %1 (%2): %3 proposed by %4 declined by %5")
                .arg(dispute.invoiceNumber, dispute.amount.toText(), kindText(declined.kind), declined.proposedBy,
                    m_author),
            note);
    });
    if (!written)
        return written.error();
    return dispute;
}

Result<Dispute> Disputes::carryOut(
    Dispute dispute, DisputeResolution resolution, const QString &note, const IssueDraft &issue)
{
    const QString reason = tr("%1 dispute on invoice %2").arg(dispute.reason, dispute.invoiceNumber);
    if (resolution.kind != DisputeResolution::Kind::Rejected) {
        auto invoice = storage::InvoiceRepository(m_db).summaryByNumber(dispute.invoiceNumber);
        if (!invoice)
            return invoice.error();
        if (!*invoice || resolution.amount > (*invoice)->open)
            return makeError(ErrorCode::InvalidInput,
                tr("invoice %1 no longer has %2 open; resolve the dispute for what is left")
                    .arg(dispute.invoiceNumber, resolution.amount.toText()));
    }
    if (resolution.kind == DisputeResolution::Kind::CreditNote) {
        // Issued first, in its own transaction (through the server when there is one).
        InvoiceDrafts drafts(m_db, m_clock);
        auto draft = drafts.creditNoteFor(dispute.invoiceNumber, resolution.amount, tr("Credit: %1").arg(reason));
        if (!draft)
            return draft.error();
        auto saved = drafts.save(*draft);
        if (!saved)
            return saved.error();
        auto issued = issue(saved->id);
        if (!issued) {
            (void)drafts.discard(saved->id);
            return issued.error();
        }
        resolution.document = issued->number;
    }
    resolution.state = DisputeResolution::State::Approved;
    resolution.decidedBy = m_author;
    dispute.status = Dispute::Status::Resolved;
    dispute.resolvedOn = m_clock.today();
    auto written = storage::inTransaction(m_db, [&]() -> Status {
        if (resolution.kind == DisputeResolution::Kind::WriteOff) {
            auto writeOff = WriteOffs(m_db, m_clock, m_author)
                                .request(dispute.invoiceNumber, resolution.amount, reason, WriteOffs::Approval::Given);
            if (!writeOff)
                return writeOff.error();
            resolution.document = writeOff->id;
        }
        dispute.resolution = resolution;
        sync::FieldValues values = resolutionFields(resolution);
        values.insert(QStringLiteral("status"), Dispute::toText(Dispute::Status::Resolved));
        values.insert(QStringLiteral("resolved_date"), dispute.resolvedOn.toString(Qt::ISODate));
        QString text;
        switch (resolution.kind) {
        case DisputeResolution::Kind::CreditNote:
            text = tr("Dispute on %1 (%2) resolved by credit note %3 of %4")
                       .arg(dispute.invoiceNumber, dispute.amount.toText(), resolution.document,
                           resolution.amount.toText());
            break;
        case DisputeResolution::Kind::WriteOff:
            text = tr("Dispute on %1 (%2) resolved by writing off %3")
                       .arg(dispute.invoiceNumber, dispute.amount.toText(), resolution.amount.toText());
            break;
        case DisputeResolution::Kind::Rejected:
            text = tr("Dispute on %1 (%2) rejected: the amount is to be collected again")
                       .arg(dispute.invoiceNumber, dispute.amount.toText());
            break;
        }
        return recordStep(dispute, values, text, note);
    });
    if (!written)
        return written.error();
    return dispute;
}

Status Disputes::recordStep(const Dispute &dispute, const sync::FieldValues &values, QString text, const QString &note)
{
    if (auto updated = sync::Outbox(m_db, m_clock).update(QStringLiteral("disputes"), dispute.id, values); !updated)
        return updated.error();
    if (!note.trimmed().isEmpty())
        text += QStringLiteral(": ") + note.trimmed();
    auto noted = CollectionsLog(m_db, m_clock, m_author).noteWithin(dispute.customerId, text);
    return noted ? success() : Status(noted.error());
}

Result<QString> Disputes::attach(
    const QString &id, const QString &fileName, const QByteArray &content, const QString &mediaType)
{
    auto found = find(id);
    if (!found)
        return found.error();
    if (fileName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("a file added to a dispute needs its name"));
    if (content.size() > DisputeAttachment::MaxBytes)
        return makeError(ErrorCode::InvalidInput,
            tr("%1 is larger than the %2 MB a dispute takes per file")
                .arg(fileName)
                .arg(DisputeAttachment::MaxBytes / (1024 * 1024)));
    const QString type
        = mediaType.isEmpty() ? QMimeDatabase().mimeTypeForFileNameAndData(fileName, content).name() : mediaType;
    const QString attachmentId = newRowId();
    auto written = storage::inTransaction(m_db, [&]() -> Status {
        auto inserted
            = sync::Outbox(m_db, m_clock)
                  .insert(QStringLiteral("dispute_attachments"), attachmentId,
                      { { QStringLiteral("dispute_id"), id }, { QStringLiteral("customer_id"), found->customerId },
                          { QStringLiteral("file_name"), fileName.trimmed() }, { QStringLiteral("media_type"), type },
                          { QStringLiteral("content"), QStringLiteral("\\x") + QString::fromLatin1(content.toHex()) },
                          { QStringLiteral("added_by"), m_author },
                          { QStringLiteral("added_date"), m_clock.today().toString(Qt::ISODate) } });
        if (!inserted)
            return inserted.error();
        auto noted = CollectionsLog(m_db, m_clock, m_author)
                         .noteWithin(found->customerId,
                             tr("File %1 added to the dispute on %2").arg(fileName.trimmed(), found->invoiceNumber));
        return noted ? success() : Status(noted.error());
    });
    if (!written)
        return written.error();
    return attachmentId;
}

} // namespace cc::services
