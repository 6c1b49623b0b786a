// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchEngine.h"

#include "AmountCombination.h"

#include <algorithm>

namespace cc::cash {
namespace {

// How much each piece of evidence alone says; pieces are combined as independent witnesses
// (the chance that all of them are wrong), so two fair hints make one strong case.
double referenceWeight(ReferenceMatch how)
{
    switch (how) {
    case ReferenceMatch::CreditorReference:
        return 0.97;
    case ReferenceMatch::Exact:
        return 0.93;
    case ReferenceMatch::Formatted:
        return 0.85;
    case ReferenceMatch::Typo:
        return 0.6;
    }
    return 0;
}

double amountWeight(MatchEngine::Fit fit)
{
    switch (fit) {
    case MatchEngine::Fit::Exact:
    case MatchEngine::Fit::Discounted:
        return 0.8;
    case MatchEngine::Fit::Unearned:
        return 0.5;
    case MatchEngine::Fit::Over:
        return 0.3;
    case MatchEngine::Fit::Short:
        return 0;
    }
    return 0;
}

bool fitsWhole(MatchEngine::Fit fit)
{
    return fit == MatchEngine::Fit::Exact || fit == MatchEngine::Fit::Discounted || fit == MatchEngine::Fit::Unearned;
}

double eitherTrue(double a, double b)
{
    return 1 - (1 - a) * (1 - b);
}

/// Who paid, confirming a match the text made: less than a witness of its own.
constexpr double PayerConfirms = 0.5;
/// The money came from an account known to pay for someone else.
constexpr double AccountContradicts = 0.7;
/// Payers looked at for a credit without references.
constexpr qsizetype MaxPayerGuesses = 4;
/// Two readings of a credit fit its amount equally well: neither is posted without a person.
constexpr double Ambiguous = 0.7;
/// Invoices searched for a combination, oldest due first.
constexpr int CombinationItems = 40;

QStringList numbersOf(const PaymentAllocator::Plan &plan)
{
    QStringList numbers;
    for (const auto &line : plan.lines)
        numbers << line.number;
    return numbers;
}

} // namespace

void MatchEngine::add(OpenInvoice invoice)
{
    const int index = m_references.add(invoice.item.number);
    m_byCustomer[invoice.customerId] << index;
    auto &amounts = m_byAmount[invoice.item.open.currency().code()];
    const auto known = amounts.constFind(invoice.item.open.minorUnits());
    amounts.insert(invoice.item.open.minorUnits(), known == amounts.cend() ? index : -1);
    m_invoices << std::move(invoice);
}

void MatchEngine::settle(const PaymentAllocator::Plan &plan)
{
    for (const auto &line : plan.lines) {
        const int index = m_references.idOf(line.number);
        if (index < 0)
            continue;
        Money &open = m_invoices[index].item.open;
        auto &amounts = m_byAmount[open.currency().code()];
        if (amounts.value(open.minorUnits(), -1) == index)
            amounts.remove(open.minorUnits());
        open -= line.cash + line.discount;
        if (open.isPositive() && !amounts.contains(open.minorUnits()))
            amounts.insert(open.minorUnits(), index);
    }
}

std::pair<MatchEngine::Fit, PaymentAllocator::Plan> MatchEngine::fit(
    const QList<PaymentAllocator::OpenItem> &items, const Money &amount, const QDate &day)
{
    const Money zero = Money::zero(amount.currency());
    Money open = zero;
    Money earned = zero;
    Money late = zero; // discounts offered whose window has passed
    for (const auto &item : items) {
        open += item.open;
        const Money discount = PaymentAllocator::earnedDiscount(item, day);
        earned += discount;
        if (discount.isZero())
            late += PaymentAllocator::offeredDiscount(item);
    }
    const auto whole = [&](Fit how) {
        PaymentAllocator::Plan plan { {}, zero, zero };
        for (const auto &item : items) {
            PaymentAllocator::Line line { item.number, item.open, zero, zero, true };
            if (how != Fit::Exact) {
                line.discount = PaymentAllocator::earnedDiscount(item, day);
                if (how == Fit::Unearned && line.discount.isZero()) {
                    line.unearnedDiscount = PaymentAllocator::offeredDiscount(item);
                    line.settles = line.unearnedDiscount.isZero();
                }
                line.cash = item.open - line.discount - line.unearnedDiscount;
            }
            plan.discounts += line.discount;
            plan.lines << line;
        }
        return std::pair { how, plan };
    };
    if (earned.isPositive() && amount == open - earned)
        return whole(Fit::Discounted);
    if (amount == open)
        return whole(Fit::Exact);
    if (late.isPositive() && amount == open - earned - late)
        return whole(Fit::Unearned);
    return { amount < open ? Fit::Short : Fit::Over, PaymentAllocator::suggest(amount, day, items) };
}

QList<int> MatchEngine::openOf(const QString &customerId, const Currency &currency) const
{
    QList<int> indexes;
    for (const int index : m_byCustomer.value(customerId)) {
        const Money &open = m_invoices[index].item.open;
        if (open.currency() == currency && open.isPositive())
            indexes << index;
    }
    std::sort(indexes.begin(), indexes.end(), [this](int a, int b) {
        const auto &left = m_invoices[a].item;
        const auto &right = m_invoices[b].item;
        return left.dueDate != right.dueDate ? left.dueDate < right.dueDate : left.number < right.number;
    });
    return indexes;
}

QList<PaymentAllocator::OpenItem> MatchEngine::itemsAt(const QList<int> &indexes) const
{
    QList<PaymentAllocator::OpenItem> items;
    for (const int index : indexes)
        items << m_invoices[index].item;
    return items;
}

QString MatchEngine::fitReason(Fit fit, const PaymentAllocator::Plan &plan, const Money &amount) const
{
    const QString numbers = numbersOf(plan).join(QStringLiteral(", "));
    switch (fit) {
    case Fit::Exact:
        return tr("%1 is exactly what is open on %2").arg(amount.toText(), numbers);
    case Fit::Discounted:
        return tr("%1 is what is open on %2 less the early-payment discount of %3 earned")
            .arg(amount.toText(), numbers, plan.discounts.toText());
    case Fit::Unearned: {
        Money unearned = Money::zero(amount.currency());
        for (const auto &line : plan.lines)
            unearned += line.unearnedDiscount;
        return tr("%1 is what is open on %2 less a discount of %3 taken after its window: left open, "
                  "to chase or write off")
            .arg(amount.toText(), numbers, unearned.toText());
    }
    case Fit::Short:
        return tr("%1 is less than is open on %2: a partial payment").arg(amount.toText(), numbers);
    case Fit::Over:
        return tr("%1 is more than is open on %2: %3 stays unapplied cash")
            .arg(amount.toText(), numbers, plan.unapplied.toText());
    }
    return {};
}

void MatchEngine::weighPayer(MatchProposal &proposal, const QList<PayerGuess> &payers) const
{
    const auto same = std::find_if(payers.cbegin(), payers.cend(),
        [&](const PayerGuess &payer) { return payer.customerId == proposal.customerId; });
    if (same != payers.cend()) {
        proposal.confidence = eitherTrue(proposal.confidence, same->strength * PayerConfirms);
        proposal.reasons << same->reason;
        return;
    }
    const auto other
        = std::find_if(payers.cbegin(), payers.cend(), [](const PayerGuess &payer) { return payer.byAccount; });
    if (other != payers.cend()) {
        proposal.confidence *= AccountContradicts;
        proposal.reasons << tr("but %1").arg(other->reason);
    }
}

std::optional<MatchEngine::Scored> MatchEngine::byReferences(
    const bank::BankTransaction &line, const QString &customerId, const Named &named) const
{
    const QDate day = line.bookingDate;
    QList<int> chosen = named.sure;
    auto [how, plan] = fit(itemsAt(chosen), line.amount, day);
    QList<int> typosUsed;
    bool ambiguous = false;
    if (!fitsWhole(how) && !named.typos.isEmpty()) {
        // A number one digit off counts only when the amount then fits to the cent.
        QList<QList<int>> tries;
        if (named.typos.size() > 1)
            tries << named.sure + named.typos;
        for (const int typo : named.typos)
            tries << (named.sure + QList<int> { typo });
        for (const auto &attempt : std::as_const(tries)) {
            auto [attemptFit, attemptPlan] = fit(itemsAt(attempt), line.amount, day);
            if (!fitsWhole(attemptFit))
                continue;
            if (!typosUsed.isEmpty()) {
                ambiguous = true; // two neighbours fit: which one was meant?
                break;
            }
            chosen = attempt;
            how = attemptFit;
            plan = attemptPlan;
            for (const int index : attempt) {
                if (named.typos.contains(index))
                    typosUsed << index;
            }
        }
    }
    if (chosen.isEmpty() || (named.sure.isEmpty() && typosUsed.isEmpty()))
        return std::nullopt;

    MatchProposal proposal { customerId, plan, 0, {} };
    if (!fitsWhole(how) && chosen.size() > 1) {
        // Several named, and the amount pays only some of them in full.
        QList<qint64> amounts;
        for (const int index : chosen) {
            const auto &item = m_invoices[index].item;
            amounts << (item.open - PaymentAllocator::earnedDiscount(item, day)).minorUnits();
        }
        const auto subsets = AmountCombination::find(amounts, line.amount.minorUnits(), 2);
        if (subsets.size() == 1) {
            QList<int> subset;
            for (const int position : subsets.first())
                subset << chosen[position];
            proposal.reasons << tr(
                "the text names %n invoices; the amount pays some of them in full", nullptr, int(chosen.size()));
            chosen = subset;
            std::tie(how, plan) = fit(itemsAt(chosen), line.amount, day);
            proposal.plan = plan;
        }
    }

    double weight = 0;
    for (const int index : chosen) {
        const QString &number = m_invoices[index].item.number;
        if (typosUsed.contains(index)) {
            weight = std::max(weight, referenceWeight(ReferenceMatch::Typo));
            proposal.reasons << tr("the text names %1 with one digit wrong or two swapped").arg(number);
        }
    }
    if (!named.sure.isEmpty()
        && std::any_of(chosen.cbegin(), chosen.cend(), [&](int i) { return named.sure.contains(i); })) {
        weight = std::max(weight, referenceWeight(named.surest));
        const QStringList numbers = [&] {
            QStringList list;
            for (const int index : chosen) {
                if (named.sure.contains(index))
                    list << m_invoices[index].item.number;
            }
            return list;
        }();
        switch (named.surest) {
        case ReferenceMatch::CreditorReference:
            proposal.reasons.prepend(tr("the RF creditor reference, its check digits right, names %1")
                                         .arg(numbers.join(QStringLiteral(", "))));
            break;
        case ReferenceMatch::Exact:
            proposal.reasons.prepend(tr("the text names %1 as written").arg(numbers.join(QStringLiteral(", "))));
            break;
        default:
            proposal.reasons.prepend(
                tr("the text names %1, written another way").arg(numbers.join(QStringLiteral(", "))));
            break;
        }
    }
    proposal.reasons << fitReason(how, plan, line.amount);
    proposal.confidence = eitherTrue(weight, amountWeight(how));
    if (ambiguous) {
        proposal.confidence *= Ambiguous;
        proposal.reasons << tr("another invoice one digit away fits the amount as well");
    }
    return Scored { proposal, fitsWhole(how) };
}

QList<MatchEngine::Scored> MatchEngine::byText(const bank::BankTransaction &line, const QString &text,
    InvoiceReferenceIndex::TypoSearch typos, const QList<PayerGuess> &payers) const
{
    QHash<QString, Named> named;
    for (const ReferenceHit &hit : m_references.find(text, typos)) {
        const int index = hit.id;
        const Money &open = m_invoices[index].item.open;
        if (!(open.currency() == line.amount.currency()) || !open.isPositive())
            continue;
        Named &customer = named[m_invoices[index].customerId];
        if (hit.how == ReferenceMatch::Typo) {
            customer.typos << index;
        } else {
            customer.sure << index;
            customer.surest = std::min(customer.surest, hit.how); // surest first in the enum
        }
    }
    QList<Scored> scored;
    for (auto it = named.cbegin(); it != named.cend(); ++it) {
        if (auto found = byReferences(line, it.key(), it.value())) {
            weighPayer(found->proposal, payers);
            scored << *found;
        }
    }
    return scored;
}

MatchProposal MatchEngine::byPayer(const bank::BankTransaction &line, const PayerGuess &payer) const
{
    const QDate day = line.bookingDate;
    const QList<int> open = openOf(payer.customerId, line.amount.currency());
    MatchProposal proposal { payer.customerId, {}, 0, { payer.reason } };
    if (open.isEmpty()) {
        const Money zero = Money::zero(line.amount.currency());
        proposal.plan = { {}, line.amount, zero };
        proposal.reasons
            << tr("nothing of theirs is open in %1: all of it stays unapplied cash").arg(line.amount.currency().code());
        proposal.confidence = payer.strength * 0.5;
        return proposal;
    }

    // One invoice the amount pays in full; the surest fit wins, then the oldest.
    QList<std::pair<Fit, PaymentAllocator::Plan>> singles;
    for (const int index : open) {
        auto single = fit({ m_invoices[index].item }, line.amount, day);
        if (fitsWhole(single.first))
            singles << single;
    }
    std::stable_sort(singles.begin(), singles.end(),
        [](const auto &a, const auto &b) { return (a.first == Fit::Unearned) < (b.first == Fit::Unearned); });
    double amountSays = 0;
    Fit how = Fit::Short;
    if (!singles.isEmpty()) {
        std::tie(how, proposal.plan) = singles.first();
        const bool alone = singles.size() == 1 || singles[1].first == Fit::Unearned;
        amountSays = how == Fit::Unearned ? 0.85 : (alone ? 0.97 : 0.7);
        if (!alone)
            proposal.reasons << tr(
                "%n of their open invoices are of this amount; the oldest is proposed", nullptr, int(singles.size()));
    } else {
        // Several invoices together, without a word about which.
        const QList<int> searched = open.mid(0, CombinationItems);
        QList<qint64> net;
        QList<qint64> gross;
        for (const int index : searched) {
            const auto &item = m_invoices[index].item;
            net << (item.open - PaymentAllocator::earnedDiscount(item, day)).minorUnits();
            gross << item.open.minorUnits();
        }
        auto combinations = AmountCombination::find(net, line.amount.minorUnits(), 2);
        if (combinations.isEmpty())
            combinations = AmountCombination::find(gross, line.amount.minorUnits(), 2);
        if (!combinations.isEmpty()) {
            QList<int> chosen;
            for (const int position : combinations.first())
                chosen << searched[position];
            std::tie(how, proposal.plan) = fit(itemsAt(chosen), line.amount, day);
            amountSays = combinations.size() == 1 ? 0.9 : 0.65;
            proposal.reasons << (combinations.size() == 1
                    ? tr("the amount is what %n of their open invoices add up to", nullptr, int(chosen.size()))
                    : tr("the amount is what several sets of their open invoices add up to; the oldest set is "
                         "proposed"));
        } else {
            std::tie(how, proposal.plan) = fit(itemsAt(open), line.amount, day);
            if (how == Fit::Short)
                proposal.reasons << tr("no invoice or set of them is of this amount: applied oldest first");
            amountSays = 0.5;
        }
    }
    proposal.reasons << fitReason(how, proposal.plan, line.amount);
    proposal.confidence = payer.strength * amountSays;
    return proposal;
}

std::optional<MatchProposal> MatchEngine::byAmountAlone(const bank::BankTransaction &line) const
{
    const int index = m_byAmount.value(line.amount.currency().code()).value(line.amount.minorUnits(), -1);
    if (index < 0 || m_invoices[index].item.open != line.amount)
        return std::nullopt;
    const OpenInvoice &invoice = m_invoices[index];
    auto [how, plan] = fit({ invoice.item }, line.amount, line.bookingDate);
    MatchProposal proposal { invoice.customerId, plan, 0.4, {} };
    proposal.reasons << tr("neither the text nor the payer points to a customer, but %1 is the only open invoice "
                           "of this amount, owed by %2")
                            .arg(invoice.item.number, m_payers.nameOf(invoice.customerId));
    return proposal;
}

QList<MatchProposal> MatchEngine::propose(const bank::BankTransaction &line) const
{
    if (!line.amount.isPositive() || line.reversal)
        return {};
    const QList<PayerGuess> payers = m_payers.identify(line);

    const QString text
        = line.remittance + QLatin1Char(' ') + line.structuredReference + QLatin1Char(' ') + line.endToEndReference();
    const auto paysWhole = [](const QList<Scored> &scored) {
        return std::any_of(scored.cbegin(), scored.cend(), [](const Scored &one) { return one.whole; });
    };
    QList<Scored> scored = byText(line, text, InvoiceReferenceIndex::TypoSearch::Unfound, payers);
    if (!paysWhole(scored)) {
        // The numbers named do not fit the amount, or are paid already, or are not open in this
        // currency: perhaps a neighbour one digit away was meant.
        QList<Scored> wider = byText(line, text, InvoiceReferenceIndex::TypoSearch::Everywhere, payers);
        if (paysWhole(wider))
            scored = wider;
    }
    const auto wholeCount = std::count_if(scored.cbegin(), scored.cend(), [](const Scored &one) { return one.whole; });
    QList<MatchProposal> proposals;
    for (Scored &one : scored) {
        if (wholeCount > 0 && !one.whole) {
            one.proposal.confidence *= 0.4;
            one.proposal.reasons << tr("but the amount fits other invoices the text may mean exactly");
        } else if (wholeCount > 1) {
            one.proposal.confidence *= Ambiguous;
            one.proposal.reasons << tr("another customer's invoice the text may mean fits the amount as well");
        }
        proposals << one.proposal;
    }
    // Customers of the same name (a GmbH and a KG of one family) are told apart by the amount.
    for (qsizetype i = 0; i < payers.size() && i < MaxPayerGuesses; ++i) {
        const bool known = std::any_of(proposals.cbegin(), proposals.cend(),
            [&](const MatchProposal &proposal) { return proposal.customerId == payers[i].customerId; });
        if (!known)
            proposals << byPayer(line, payers[i]);
    }
    if (proposals.isEmpty()) {
        if (auto proposal = byAmountAlone(line))
            proposals << *proposal;
    }
    std::stable_sort(proposals.begin(), proposals.end(),
        [](const MatchProposal &a, const MatchProposal &b) { return a.confidence > b.confidence; });
    return proposals.mid(0, 3);
}

} // namespace cc::cash
