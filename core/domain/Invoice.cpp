// SPDX-License-Identifier: GPL-3.0-or-later
#include "Invoice.h"

namespace cc {

QString toString(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Draft:
        return QStringLiteral("draft");
    case InvoiceStatus::Open:
        return QStringLiteral("open");
    case InvoiceStatus::PartiallyPaid:
        return QStringLiteral("partially_paid");
    case InvoiceStatus::Paid:
        return QStringLiteral("paid");
    case InvoiceStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<InvoiceStatus> invoiceStatusFromString(QStringView text)
{
    for (auto status : { InvoiceStatus::Draft, InvoiceStatus::Open, InvoiceStatus::PartiallyPaid, InvoiceStatus::Paid,
             InvoiceStatus::Cancelled }) {
        if (text == toString(status))
            return status;
    }
    return std::nullopt;
}

void applySettlement(Invoice &document, qint64 appliedMinor, const QDate &lastAllocation)
{
    const qint64 total = document.total.minorUnits();
    const bool settled = appliedMinor == total && total != 0;
    document.settledOn = settled ? lastAllocation : QDate();
    if (document.status == InvoiceStatus::Draft || document.status == InvoiceStatus::Cancelled)
        return;
    document.status = settled ? InvoiceStatus::Paid
        : appliedMinor != 0   ? InvoiceStatus::PartiallyPaid
                              : InvoiceStatus::Open;
}

} // namespace cc
