// SPDX-License-Identifier: GPL-3.0-or-later
#include "Invoice.h"

namespace cc {

QString toString(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Draft: return QStringLiteral("draft");
    case InvoiceStatus::Open: return QStringLiteral("open");
    case InvoiceStatus::PartiallyPaid: return QStringLiteral("partially_paid");
    case InvoiceStatus::Paid: return QStringLiteral("paid");
    case InvoiceStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<InvoiceStatus> invoiceStatusFromString(QStringView text)
{
    for (auto status : {InvoiceStatus::Draft, InvoiceStatus::Open, InvoiceStatus::PartiallyPaid,
                        InvoiceStatus::Paid, InvoiceStatus::Cancelled}) {
        if (text == toString(status))
            return status;
    }
    return std::nullopt;
}

} // namespace cc
