// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "domain/Dispute.h"
#include "storage/SqlDatabase.h"

#include <QCoreApplication>

namespace cc::services {

/// The dispute workflow: a dispute is opened on all or part of what is open on an invoice, with a
/// reason code and an owner, moves new → investigating → waiting for the customer → resolved, and
/// can be reopened. Each step goes to the server through the sync outbox and onto the timeline.
class Disputes {
    Q_DECLARE_TR_FUNCTIONS(Disputes)

public:
    Disputes(storage::SqlDatabase &db, const Clock &clock, QString author)
        : m_db(db)
        , m_clock(clock)
        , m_author(author.isNull() ? QStringLiteral("") : std::move(author))
    {
    }

    /// Opens a dispute of `amount` on the invoice (at most what is open and not disputed yet);
    /// the owner is the author when none is given. Returns it.
    Result<Dispute> open(const QString &invoiceNumber, const Money &amount, const QString &reason,
        const QString &owner = {}, const QString &note = {});
    /// Moves a dispute on in its workflow (Dispute::canMove); resolving dates it today,
    /// reopening clears that.
    Result<Dispute> move(const QString &id, Dispute::Status to, const QString &note = {});

private:
    storage::SqlDatabase &m_db;
    const Clock &m_clock;
    QString m_author;
};

} // namespace cc::services
