// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobControl.h"
#include "common/Clock.h"
#include "domain/WriteOff.h"
#include "storage/BankLineRepository.h"

#include <QCoreApplication>

namespace cc::services {

/// Applies the cash on imported bank statements: matches each credit line to the invoices it
/// pays, posts the sure ones as payments on its own, and keeps the rest, with their
/// proposals, for a person. What a person confirms teaches the matching; a posted match can
/// be undone.
class CashApplication {
    Q_DECLARE_TR_FUNCTIONS(CashApplication)

public:
    /// Matches at least this sure are posted without asking (measured: see tests/bench).
    static constexpr double DefaultThreshold = 0.9;
    /// Less sure than this, a line shows as unmatched, its candidates kept for the search.
    static constexpr double SuggestionFloor = 0.3;
    /// Team setting: the threshold the team posts at, as a decimal ("0.9").
    static const QString ThresholdKey;

    struct Options {
        double threshold = DefaultThreshold;
        bool post = true; ///< false: only work out what would happen; nothing is written
    };
    using Line = storage::BankLineRepository::Line;
    using MatchStatus = storage::BankLineRepository::MatchStatus;

    CashApplication(storage::SqlDatabase &db, const Clock &clock, QString author)
        : m_db(db)
        , m_clock(clock)
        , m_author(std::move(author))
    {
    }

    /// The team's threshold, DefaultThreshold until a credit manager sets one.
    Result<double> threshold();
    Status setThreshold(double threshold);

    /// Matches every credit line not yet posted or dismissed, in one transaction (cancelling
    /// leaves the workspace as it was). Returns those lines as they now stand.
    Result<QList<Line>> run(const Options &options, JobControl &job);

    struct Posted {
        QString paymentId;
        /// What was asked to be written off: approved within the team's limit, else waiting
        /// for a credit manager.
        QList<WriteOff> writeOffs;
    };
    /// A person's match of a line: posts it if it still fits what is open, and learns the
    /// payer's account, name and the words of the text that point to the customer. With
    /// `writeOffShort`, what the payment leaves open on the invoices it pays is written off.
    Result<Posted> post(const QString &lineId, const cash::MatchProposal &proposal, bool writeOffShort = false);
    /// Undoes a posted match: its payment is reversed (the invoices are open again), the line
    /// goes back to the queue, and what that match taught is forgotten.
    Status undo(const QString &lineId);
    /// A line that pays no invoice (a refund from a supplier, interest): out of the queue.
    Status dismiss(const QString &lineId);
    /// Back into the queue.
    Status restore(const QString &lineId);
    /// Why a line without proposals has none.
    static QString nothingFound();

private:
    Result<Line> lineFor(const QString &lineId);
    /// Asks to write off what is still open on the invoices a posted proposal paid.
    Status writeOffWhatIsLeft(const Line &line, const cash::MatchProposal &proposal, QList<WriteOff> &writeOffs);
    /// Records the payment and marks the line; within the caller's transaction.
    Result<QString> record(const Line &line, const cash::MatchProposal &proposal, const QString &by);

    storage::SqlDatabase &m_db;
    const Clock &m_clock;
    QString m_author;
};

} // namespace cc::services
