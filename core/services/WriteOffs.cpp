// SPDX-License-Identifier: GPL-3.0-or-later
#include "WriteOffs.h"

#include "CollectionsLog.h"
#include "TeamSettings.h"
#include "common/RowId.h"
#include "storage/InvoiceRepository.h"
#include "storage/Transaction.h"
#include "storage/WriteOffRepository.h"
#include "sync/Outbox.h"

#include <QJsonObject>

namespace cc::services {
const QString WriteOffs::LimitsKey = QStringLiteral("write_off.approval_limits");

Result<Money> WriteOffs::approvalLimit(const Currency &currency)
{
    auto limits = TeamSettings(m_db, m_clock).object(LimitsKey);
    if (!limits)
        return limits.error();
    return Money(qint64(limits->value(currency.code()).toInteger(0)), currency);
}

Status WriteOffs::setApprovalLimit(const Money &limit)
{
    if (limit.isNegative())
        return makeError(ErrorCode::InvalidInput, tr("a write-off limit is zero or more"));
    TeamSettings settings(m_db, m_clock);
    auto limits = settings.object(LimitsKey);
    if (!limits)
        return limits.error();
    limits->insert(limit.currency().code(), limit.minorUnits());
    return settings.setObject(LimitsKey, *limits);
}

Result<WriteOff> WriteOffs::request(
    const QString &invoiceNumber, const Money &amount, const QString &reason, Approval approval)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("say why the amount is written off"));
    if (!amount.isPositive())
        return makeError(ErrorCode::InvalidInput, tr("a write-off is a positive amount"));
    storage::InvoiceRepository invoices(m_db);
    auto invoice = invoices.summaryByNumber(invoiceNumber);
    if (!invoice)
        return invoice.error();
    if (!*invoice || (*invoice)->kind != DocumentKind::Invoice)
        return makeError(ErrorCode::NotFound, tr("there is no invoice %1").arg(invoiceNumber));
    const InvoiceSummary &found = **invoice;
    if (!(amount.currency() == found.open.currency()))
        return makeError(ErrorCode::InvalidInput,
            tr("invoice %1 is in %2; write off in %2").arg(invoiceNumber, found.open.currency().code()));
    if (amount > found.open)
        return makeError(ErrorCode::InvalidInput,
            tr("only %1 of invoice %2 is open; that is the most it can write off")
                .arg(found.open.toText(), invoiceNumber));
    auto limit = approvalLimit(amount.currency());
    if (!limit)
        return limit.error();

    const QDate today = m_clock.today();
    WriteOff writeOff { newRowId(), found.customerId, invoiceNumber, amount, reason.trimmed(), m_author, today,
        approval == Approval::Given || amount <= *limit ? WriteOff::Status::Approved : WriteOff::Status::Requested,
        QString(), QDate() };
    sync::FieldValues values { { QStringLiteral("customer_id"), writeOff.customerId },
        { QStringLiteral("invoice_number"), invoiceNumber }, { QStringLiteral("currency"), amount.currency().code() },
        { QStringLiteral("amount_minor"), QString::number(amount.minorUnits()) },
        { QStringLiteral("reason"), writeOff.reason }, { QStringLiteral("requested_by"), m_author },
        { QStringLiteral("requested_date"), today.toString(Qt::ISODate) },
        { QStringLiteral("status"), WriteOff::toText(writeOff.status) } };
    if (writeOff.status == WriteOff::Status::Approved) {
        writeOff.decidedBy = m_author;
        writeOff.decidedOn = today;
        values.insert(QStringLiteral("decided_by"), m_author);
        values.insert(QStringLiteral("decided_date"), today.toString(Qt::ISODate));
    }
    auto written = storage::inTransaction(m_db, [&]() -> Status {
        if (auto inserted = sync::Outbox(m_db, m_clock).insert(QStringLiteral("write_offs"), writeOff.id, values);
            !inserted)
            return inserted.error();
        const bool approved = writeOff.status == WriteOff::Status::Approved;
        if (approved) {
            if (auto status = settle(writeOff); !status)
                return status;
        }
        const QString note = approved
            ? tr("%1 of invoice %2 written off: %3").arg(amount.toText(), invoiceNumber, writeOff.reason)
            : tr("Write-off of %1 of invoice %2 requested, above the limit of %3: %4")
                  .arg(amount.toText(), invoiceNumber, limit->toText(), writeOff.reason);
        auto noted = CollectionsLog(m_db, m_clock, m_author).noteWithin(writeOff.customerId, note);
        return noted ? success() : Status(noted.error());
    });
    if (!written)
        return written.error();
    return writeOff;
}

Status WriteOffs::decide(const QString &writeOffId, bool approve)
{
    auto found = storage::WriteOffRepository(m_db).find(writeOffId);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, tr("there is no write-off %1").arg(writeOffId));
    WriteOff writeOff = **found;
    if (writeOff.status != WriteOff::Status::Requested)
        return makeError(ErrorCode::InvalidInput,
            tr("write-off %1 was %2 already").arg(writeOffId, WriteOff::toText(writeOff.status)));
    if (approve) {
        auto invoice = storage::InvoiceRepository(m_db).summaryByNumber(writeOff.invoiceNumber);
        if (!invoice)
            return invoice.error();
        if (!*invoice || writeOff.amount > (*invoice)->open)
            return makeError(ErrorCode::InvalidInput,
                tr("invoice %1 no longer has %2 open; reject this write-off and ask for a new one")
                    .arg(writeOff.invoiceNumber, writeOff.amount.toText()));
    }
    writeOff.status = approve ? WriteOff::Status::Approved : WriteOff::Status::Rejected;
    writeOff.decidedBy = m_author;
    writeOff.decidedOn = m_clock.today();
    return storage::inTransaction(m_db, [&]() -> Status {
        auto updated = sync::Outbox(m_db, m_clock)
                           .update(QStringLiteral("write_offs"), writeOffId,
                               { { QStringLiteral("status"), WriteOff::toText(writeOff.status) },
                                   { QStringLiteral("decided_by"), m_author },
                                   { QStringLiteral("decided_date"), writeOff.decidedOn.toString(Qt::ISODate) } });
        if (!updated)
            return updated.error();
        if (approve) {
            if (auto status = settle(writeOff); !status)
                return status;
        }
        const QString note = approve ? tr("Write-off of %1 of invoice %2 approved by %3")
                                           .arg(writeOff.amount.toText(), writeOff.invoiceNumber, m_author)
                                     : tr("Write-off of %1 of invoice %2 rejected by %3: the amount stays to collect")
                                           .arg(writeOff.amount.toText(), writeOff.invoiceNumber, m_author);
        auto noted = CollectionsLog(m_db, m_clock, m_author).noteWithin(writeOff.customerId, note);
        return noted ? success() : Status(noted.error());
    });
}

Status WriteOffs::settle(const WriteOff &writeOff)
{
    auto inserted = sync::Outbox(m_db, m_clock)
                        .insert(QStringLiteral("allocations"), newRowId(),
                            { { QStringLiteral("invoice_number"), writeOff.invoiceNumber },
                                { QStringLiteral("write_off_id"), writeOff.id },
                                { QStringLiteral("amount_minor"), QString::number(writeOff.amount.minorUnits()) },
                                { QStringLiteral("alloc_date"), writeOff.decidedOn.toString(Qt::ISODate) } });
    return inserted ? success() : Status(inserted.error());
}

} // namespace cc::services
