// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainText.h"

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

} // namespace cc::ui
