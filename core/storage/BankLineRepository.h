// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "bank/BankTransaction.h"
#include "cash/MatchProposal.h"
#include "common/Clock.h"
#include "sync/FieldValues.h"

namespace cc::storage {

/// Bank lines as cash application works them: credits waiting for a match, what matching
/// proposed, the payment a match posted.
class BankLineRepository {
public:
    /// Where a credit line stands.
    enum class MatchStatus {
        Unmatched, ///< nothing found, or not yet matched
        Suggested, ///< proposals wait for a person
        Matched, ///< posted as a payment
        Dismissed, ///< a person said it pays no invoice (a refund, interest, a transfer)
    };
    struct Line {
        QString id;
        bank::BankTransaction bank;
        QString account; ///< the statement's account
        MatchStatus status = MatchStatus::Unmatched;
        QString customerId;
        double confidence = 0;
        QList<cash::MatchProposal> proposals;
        QString paymentId;
        QString matchedBy; ///< "auto", or who posted or dismissed it
        QStringList writeOffs; ///< what its posting asked to write off
    };

    BankLineRepository(SqlDatabase &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    /// Credit lines not yet posted or dismissed, oldest first.
    Result<QList<Line>> awaitingMatch();
    /// Credit lines in any of `statuses`, oldest first (the exception queue; all for none given).
    Result<QList<Line>> credits(const QList<MatchStatus> &statuses);
    Result<std::optional<Line>> find(const QString &lineId);
    /// Keeps what matching found, the best proposal first. Changes go to the server too; call
    /// within a transaction.
    Status saveProposals(const QString &lineId, MatchStatus status, const QList<cash::MatchProposal> &proposals);
    /// Records the payment a match posted, with the proposals kept (the posted one first).
    Status markPosted(const QString &lineId, const QList<cash::MatchProposal> &proposals, const QString &paymentId,
        const QString &by);
    Status markDismissed(const QString &lineId, const QString &by);
    /// Notes the write-offs a posted line's short payment asked for.
    Status noteWriteOffs(const QString &lineId, const QStringList &writeOffIds);
    /// Back to the queue, its proposals kept: after an undone match or a dismissal taken back.
    Status reopen(const QString &lineId);

    static QString statusName(MatchStatus status);

private:
    static sync::FieldValues proposalValues(MatchStatus status, const QList<cash::MatchProposal> &proposals);
    /// Changes a line here and, through the outbox, on the server.
    Status change(const QString &lineId, const sync::FieldValues &values);

    SqlDatabase &m_db;
    const Clock &m_clock;
};

} // namespace cc::storage
