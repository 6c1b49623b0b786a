// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InvoiceReferenceIndex.h"
#include "MatchProposal.h"
#include "OpenInvoice.h"
#include "PayerDirectory.h"

#include <QCoreApplication>

#include <optional>

namespace cc::cash {

/// Proposes what a bank credit pays, from what its text names (invoice numbers however
/// written, RF references, one digit off when the amount confirms it), who paid (learned
/// accounts, names alike) and what the amount fits (one invoice, several together, less an
/// early-payment discount, a part, or more than is open). Each proposal has a confidence
/// and its reasons in words; the caller decides what is posted and what a person sees.
class MatchEngine {
    Q_DECLARE_TR_FUNCTIONS(MatchEngine)

public:
    explicit MatchEngine(const PayerDirectory &payers)
        : m_payers(payers)
    {
    }

    void add(OpenInvoice invoice);
    /// Takes what a posted plan paid off its invoices, so later credits see what is still open.
    void settle(const PaymentAllocator::Plan &plan);
    /// The likeliest proposals for a credit, surest first, at most three; none for a debit,
    /// a reversal, or a credit nothing points from.
    QList<MatchProposal> propose(const bank::BankTransaction &line) const;

    /// How well an amount fits what is open of some invoices.
    enum class Fit {
        Exact, ///< what is open
        Discounted, ///< what is open less the early-payment discounts earned
        Unearned, ///< less a discount whose window had passed: left open, flagged
        Short, ///< a part
        Over, ///< more: the rest stays unapplied cash
    };
    /// The plan for paying `items` with `amount` on `day`, and how well it fits.
    static std::pair<Fit, PaymentAllocator::Plan> fit(
        const QList<PaymentAllocator::OpenItem> &items, const Money &amount, const QDate &day);

private:
    struct Named {
        QList<int> sure; ///< indexes of invoices named as written or another way
        QList<int> typos; ///< named with one digit off
        ReferenceMatch surest = ReferenceMatch::Typo;
    };
    struct Scored {
        MatchProposal proposal;
        bool whole = false; ///< the amount pays the invoices in full (less discounts)
    };
    /// A proposal per customer whose invoices the text names.
    QList<Scored> byText(const bank::BankTransaction &line, const QString &text,
        InvoiceReferenceIndex::TypoSearch typos, const QList<PayerGuess> &payers) const;
    std::optional<Scored> byReferences(
        const bank::BankTransaction &line, const QString &customerId, const Named &named) const;
    MatchProposal byPayer(const bank::BankTransaction &line, const PayerGuess &payer) const;
    std::optional<MatchProposal> byAmountAlone(const bank::BankTransaction &line) const;
    /// A customer's open invoices in a currency, oldest due first.
    QList<int> openOf(const QString &customerId, const Currency &currency) const;
    QList<PaymentAllocator::OpenItem> itemsAt(const QList<int> &indexes) const;
    /// What the amount fitting says, in words.
    QString fitReason(Fit fit, const PaymentAllocator::Plan &plan, const Money &amount) const;
    void weighPayer(MatchProposal &proposal, const QList<PayerGuess> &payers) const;

    const PayerDirectory &m_payers;
    QList<OpenInvoice> m_invoices; ///< by their id in m_references
    QHash<QString, QList<int>> m_byCustomer;
    /// currency → open amount in minor units → the one invoice open by that much, or -1 for several
    QHash<QString, QHash<qint64, int>> m_byAmount;
    InvoiceReferenceIndex m_references;
};

} // namespace cc::cash
