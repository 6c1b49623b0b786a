// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InvoiceLine.h"

#include <QDate>

namespace cc {

/// What a customer ordered, before it is invoiced. Released orders count against the
/// customer's credit like open invoices do; one that fails the credit check is held until a
/// credit manager releases it.
struct SalesOrder {
    enum class Status { Open, Held, Released, Invoiced, Cancelled };

    QString number;
    QString customerId;
    QDate orderDate;
    Money total; ///< from the lines when there are any; imported orders may carry only a total
    QList<InvoiceLine> lines {};
    QString customerReference {};
    Status status = Status::Open;
    QString holdReason {}; ///< why the credit check held it
    QString decidedBy {}; ///< who released, held or cancelled it
    QString invoiceDraftId {}; ///< the draft invoice made from it
    qint64 rowVersion = 0;

    static QString toText(Status status);
    static Status statusFrom(const QString &text);
};

inline QString SalesOrder::toText(Status status)
{
    switch (status) {
    case Status::Held:
        return QStringLiteral("held");
    case Status::Released:
        return QStringLiteral("released");
    case Status::Invoiced:
        return QStringLiteral("invoiced");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    case Status::Open:
        break;
    }
    return QStringLiteral("open");
}

inline SalesOrder::Status SalesOrder::statusFrom(const QString &text)
{
    for (Status status : { Status::Held, Status::Released, Status::Invoiced, Status::Cancelled }) {
        if (text == toText(status))
            return status;
    }
    return Status::Open;
}

} // namespace cc
