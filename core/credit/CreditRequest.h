// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"

#include <QDate>

namespace cc::credit {

/// A request to set a customer's credit limit, with why. A credit manager other than the
/// requester decides it; above the team's CFO threshold the CFO decides after them. A
/// temporary limit ends after its expiry day.
struct CreditRequest {
    enum class Status { Requested, AwaitingCfo, Approved, Rejected };

    QString id;
    QString customerId;
    Money limit;
    QDate expiresOn; ///< invalid for a lasting limit
    QString justification;
    QString requestedBy;
    QDate requestedOn;
    Status status = Status::Requested;
    QString managerBy;
    QString cfoBy;
    QDate decidedOn;
    QString decisionNote;

    bool isTemporary() const { return expiresOn.isValid(); }

    static QString toText(Status status);
    static Status statusFrom(const QString &text);
};

} // namespace cc::credit
