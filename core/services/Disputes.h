// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "domain/Dispute.h"
#include "domain/Invoice.h"
#include "storage/SqlDatabase.h"
#include "sync/FieldValues.h"

#include <QCoreApplication>

#include <functional>

namespace cc::services {

/// The dispute workflow: a dispute is opened on all or part of what is open on an invoice, with a
/// reason code and an owner, moves new → investigating → waiting for the customer → resolved, and
/// can be reopened. It is resolved by a credit note, a write-off or a rejection; above the
/// team's limit for that kind the resolution is proposed and a credit manager carries it out
/// (the server enforces who may). Each step goes to the server through the sync outbox and onto
/// the timeline.
class Disputes {
    Q_DECLARE_TR_FUNCTIONS(Disputes)

public:
    /// Team setting: per kind of resolution and currency, the largest credit note or rejected
    /// amount settled without a credit manager, in minor units, as JSON
    /// ({"credit_note": {"EUR": 50000}, "rejected": {"EUR": 100000}}). Write-offs use
    /// WriteOffs::LimitsKey. A currency not named needs a credit manager always.
    static const QString LimitsKey;
    /// Issues a saved credit note draft (through the server when there is one); returns it.
    using IssueDraft = std::function<Result<Invoice>(qint64 draftId)>;

    Disputes(storage::SqlDatabase &db, const Clock &clock, QString author)
        : m_db(db)
        , m_clock(clock)
        , m_author(sync::notNull(author))
    {
    }

    /// Opens a dispute of `amount` on the invoice (at most what is open and not disputed yet);
    /// the owner is the author when none is given. Returns it.
    Result<Dispute> open(const QString &invoiceNumber, const Money &amount, const QString &reason,
        const QString &owner = {}, const QString &note = {});
    /// Moves a dispute on in its workflow (Dispute::canMove); resolving dates it today,
    /// reopening clears that.
    Result<Dispute> move(const QString &id, Dispute::Status to, const QString &note = {});

    /// The largest amount a resolution of `kind` settles without a credit manager.
    Result<Money> approvalLimit(DisputeResolution::Kind kind, const Currency &currency);
    Status setApprovalLimit(DisputeResolution::Kind kind, const Money &limit);
    /// Resolves a dispute by a credit note or write-off of `amount` (up to what is disputed and
    /// still open) or by rejecting it (no amount: all of it is to be collected again). Within
    /// the limit, or when `approveNow` (a credit manager deciding), it is carried out and the
    /// dispute is resolved; otherwise the resolution is proposed and the dispute stays open.
    Result<Dispute> resolve(const QString &id, DisputeResolution::Kind kind, const Money &amount, const QString &note,
        const IssueDraft &issue, bool approveNow = false);
    /// Carries out a proposed resolution, or declines it (the dispute stays open to resolve otherwise).
    Result<Dispute> decide(const QString &id, bool approve, const IssueDraft &issue, const QString &note = {});
    /// Adds a file to a dispute; returns the attachment's id.
    Result<QString> attach(
        const QString &id, const QString &fileName, const QByteArray &content, const QString &mediaType = {});

private:
    Result<Dispute> find(const QString &id);
    /// Issues the credit note or writes off the amount, then records the dispute as resolved.
    Result<Dispute> carryOut(
        Dispute dispute, DisputeResolution resolution, const QString &note, const IssueDraft &issue);
    /// Within a transaction: writes the dispute's changed fields and puts `text` (and the note)
    /// on the customer's timeline.
    Status recordStep(const Dispute &dispute, const sync::FieldValues &values, QString text, const QString &note);

    storage::SqlDatabase &m_db;
    const Clock &m_clock;
    QString m_author;
};

} // namespace cc::services
