// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"

#include <QDate>

namespace cc {

/// Part of an invoice the company gives up on. Up to the team's limit it is approved when
/// asked for; above it a credit manager decides. Only an approved one settles the invoice.
struct WriteOff {
    enum class Status { Requested, Approved, Rejected };

    QString id;
    QString customerId;
    QString invoiceNumber;
    Money amount;
    QString reason;
    QString requestedBy;
    QDate requestedOn;
    Status status = Status::Requested;
    QString decidedBy;
    QDate decidedOn;

    static QString toText(Status status)
    {
        return status == Status::Approved ? QStringLiteral("approved")
            : status == Status::Rejected  ? QStringLiteral("rejected")
                                          : QStringLiteral("requested");
    }
    static Status statusFrom(const QString &text)
    {
        return text == QLatin1String("approved") ? Status::Approved
            : text == QLatin1String("rejected")  ? Status::Rejected
                                                 : Status::Requested;
    }
};

} // namespace cc
