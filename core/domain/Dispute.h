// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DisputeResolution.h"
#include "Money.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace cc {

/// A customer's objection to all or part of an invoice. While it is open, the disputed amount
/// is kept out of dunning and of what the worklist calls collectible.
struct Dispute {
    enum class Status { New, Investigating, Waiting, Resolved };

    QString id;
    QString invoiceNumber;
    QString customerId;
    Money amount;
    QString reason; ///< one of reasonCodes()
    Status status = Status::New;
    QDate openedOn;
    QDate resolvedOn;
    QString owner;
    QString note;
    /// How it ends: proposed while it is open, approved once resolved; none after reopening.
    std::optional<DisputeResolution> resolution;

    /// The reason codes, as the server checks them.
    static const QStringList &reasonCodes();
    /// Days a dispute of this reason may stay unresolved: its service level.
    static int slaDays(const QString &reason);
    QDate slaDue() const { return openedOn.addDays(slaDays(reason)); }
    /// Unresolved past its service level on `day`.
    bool breachesSla(const QDate &day) const { return status != Status::Resolved && day > slaDue(); }

    static QString toText(Status status);
    static Status statusFrom(const QString &text);
    /// Whether the workflow lets a dispute go from `from` to `to` (resolved ones are reopened
    /// to investigating).
    static bool canMove(Status from, Status to);
};

} // namespace cc
