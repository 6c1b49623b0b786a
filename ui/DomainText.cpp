// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainText.h"

#include <QHash>

namespace cc::ui {

QString DomainText::status(InvoiceStatus status, DocumentKind kind)
{
    const bool creditNote = kind == DocumentKind::CreditNote;
    switch (status) {
    case InvoiceStatus::Draft:
        return tr("Draft");
    case InvoiceStatus::Open:
        return creditNote ? tr("Unapplied") : tr("Open");
    case InvoiceStatus::PartiallyPaid:
        return creditNote ? tr("Partly applied") : tr("Partially paid");
    case InvoiceStatus::Paid:
        return creditNote ? tr("Applied") : tr("Paid");
    case InvoiceStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString DomainText::kind(DocumentKind kind)
{
    return kind == DocumentKind::CreditNote ? tr("Credit note") : tr("Invoice");
}

QString DomainText::agingBucket(const AgingBuckets &buckets, int index)
{
    const QList<int> &bounds = buckets.upperBounds();
    if (index <= 0)
        return tr("Current");
    if (index > bounds.size())
        return tr("Over %1 days").arg(bounds.last());
    const int from = index == 1 ? 1 : bounds[index - 2] + 1;
    //: An aging bucket: days past due, e.g. "31–60 days".
    return tr("%1–%2 days").arg(from).arg(bounds[index - 1]);
}

QString DomainText::riskClass(const QString &riskClass)
{
    if (riskClass == QLatin1String("A"))
        return tr("A – low");
    if (riskClass == QLatin1String("B"))
        return tr("B – moderate");
    if (riskClass == QLatin1String("C"))
        return tr("C – elevated");
    if (riskClass == QLatin1String("D"))
        return tr("D – high");
    return riskClass;
}

QString DomainText::activityKind(collections::ActivityKind kind)
{
    switch (kind) {
    case collections::ActivityKind::Call:
        return tr("Call");
    case collections::ActivityKind::Email:
        return tr("Email");
    case collections::ActivityKind::Note:
        return tr("Note");
    case collections::ActivityKind::Sms:
        return tr("SMS");
    case collections::ActivityKind::Letter:
        break;
    }
    return tr("Letter");
}

QString DomainText::callOutcome(collections::CallOutcome outcome)
{
    switch (outcome) {
    case collections::CallOutcome::None:
        return {};
    case collections::CallOutcome::Reached:
        return tr("reached");
    case collections::CallOutcome::Voicemail:
        return tr("voicemail");
    case collections::CallOutcome::WrongNumber:
        return tr("wrong number");
    case collections::CallOutcome::Refused:
        return tr("refused");
    case collections::CallOutcome::Promised:
        break;
    }
    return tr("promised to pay");
}

QString DomainText::promiseStatus(collections::PromiseStatus status)
{
    switch (status) {
    case collections::PromiseStatus::Open:
        return tr("open");
    case collections::PromiseStatus::Kept:
        return tr("kept");
    case collections::PromiseStatus::Partial:
        return tr("partly kept");
    case collections::PromiseStatus::Broken:
        return tr("broken");
    case collections::PromiseStatus::Cancelled:
        break;
    }
    return tr("cancelled");
}

QString DomainText::disputeReason(const QString &code)
{
    static const QHash<QString, const char *> names { { QStringLiteral("pricing"), QT_TR_NOOP("Pricing") },
        { QStringLiteral("quantity"), QT_TR_NOOP("Quantity") }, { QStringLiteral("damaged"), QT_TR_NOOP("Damaged") },
        { QStringLiteral("not_received"), QT_TR_NOOP("Not received") },
        { QStringLiteral("duplicate_billing"), QT_TR_NOOP("Duplicate billing") },
        { QStringLiteral("tax"), QT_TR_NOOP("Tax") }, { QStringLiteral("other"), QT_TR_NOOP("Other") } };
    const char *name = names.value(code);
    return name ? tr(name) : code;
}

QString DomainText::disputeStatus(Dispute::Status status)
{
    switch (status) {
    case Dispute::Status::New:
        return tr("new");
    case Dispute::Status::Investigating:
        return tr("investigating");
    case Dispute::Status::Waiting:
        return tr("waiting for customer");
    case Dispute::Status::Resolved:
        break;
    }
    return tr("resolved");
}

QString DomainText::disputeResolution(DisputeResolution::Kind kind)
{
    switch (kind) {
    case DisputeResolution::Kind::CreditNote:
        return tr("credit note");
    case DisputeResolution::Kind::WriteOff:
        return tr("write-off");
    case DisputeResolution::Kind::Rejected:
        break;
    }
    return tr("rejected");
}

QString DomainText::creditRequestStatus(credit::CreditRequest::Status status)
{
    switch (status) {
    case credit::CreditRequest::Status::Requested:
        return tr("to decide");
    case credit::CreditRequest::Status::AwaitingCfo:
        return tr("waiting for the CFO");
    case credit::CreditRequest::Status::Approved:
        return tr("approved");
    case credit::CreditRequest::Status::Rejected:
        break;
    }
    return tr("rejected");
}

} // namespace cc::ui
