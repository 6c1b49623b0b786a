// SPDX-License-Identifier: GPL-3.0-or-later
#include "PayerDirectory.h"

#include "InvoiceReferenceIndex.h"
#include "PayerName.h"

#include <QRegularExpression>

#include <algorithm>

namespace cc::cash {
namespace {

constexpr double AccountStrength = 0.95;
constexpr double LearnedNameStrength = 0.9;
constexpr double TokenStrength = 0.85;
/// A name this alike, or more, may be the customer's.
constexpr double NameThreshold = 0.7;
/// What the same or another legal form adds to or takes from a name's likeness.
constexpr double LegalFormWeight = 0.04;
/// Likenesses closer than this do not tell two customers apart.
constexpr double Contested = 0.05;
/// Customers a payer's name may be, the likest first.
constexpr qsizetype NameGuesses = 4;
/// Words more common than this among customers' names do not pick candidates.
constexpr qsizetype CommonWord = 200;

void keepSurest(QList<PayerGuess> &guesses, PayerGuess guess)
{
    const auto same = std::find_if(
        guesses.begin(), guesses.end(), [&](const PayerGuess &known) { return known.customerId == guess.customerId; });
    if (same == guesses.end())
        guesses << std::move(guess);
    else if (same->strength < guess.strength)
        *same = std::move(guess);
}

} // namespace

void PayerDirectory::addCustomer(const QString &customerId, const QString &name)
{
    const QString normalized = PayerName::normalized(name);
    m_customers.insert(customerId, { name, PayerName::letterPairs(normalized), PayerName::legalForm(name) });
    for (const QString &word : normalized.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.size() >= 3)
            m_byWord[word] << customerId;
    }
}

QString PayerDirectory::accountKey(const QString &iban)
{
    return InvoiceReferenceIndex::compact(iban);
}

void PayerDirectory::learnAccount(const QString &iban, const QString &customerId)
{
    const QString key = accountKey(iban);
    if (!key.isEmpty())
        m_accounts.insert(key, customerId);
}

void PayerDirectory::learnName(const QString &payerName, const QString &customerId)
{
    const QString key = PayerName::normalized(payerName);
    if (!key.isEmpty())
        m_names.insert(key, customerId);
}

void PayerDirectory::learnToken(const QString &token, const QString &customerId)
{
    const auto known = m_tokens.constFind(token);
    m_tokens.insert(token, known == m_tokens.cend() || *known == customerId ? customerId : QString());
}

QStringList PayerDirectory::tokensOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    QStringList tokens;
    for (const QString &word : text.toUpper().split(separators, Qt::SkipEmptyParts)) {
        if (word.size() >= 5 && std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); })
            && !tokens.contains(word))
            tokens << word;
    }
    return tokens;
}

QString PayerDirectory::customerOfAccount(const QString &iban) const
{
    return m_accounts.value(accountKey(iban));
}

QString PayerDirectory::nameOf(const QString &customerId) const
{
    return m_customers.value(customerId).name;
}

QList<PayerGuess> PayerDirectory::identify(const bank::BankTransaction &line) const
{
    QList<PayerGuess> guesses;
    if (const QString byAccount = customerOfAccount(line.counterpartyIban); !byAccount.isEmpty())
        keepSurest(guesses,
            { byAccount, AccountStrength,
                tr("the money came from account %1, which paid for %2 before")
                    .arg(line.counterpartyIban, nameOf(byAccount)),
                true });
    if (!line.counterpartyName.isEmpty()) {
        if (const QString learned = m_names.value(PayerName::normalized(line.counterpartyName)); !learned.isEmpty())
            keepSurest(guesses,
                { learned, LearnedNameStrength,
                    tr("payments from \"%1\" were for %2 before").arg(line.counterpartyName, nameOf(learned)) });
        nameGuesses(line.counterpartyName, guesses);
    }
    for (const QString &token : tokensOf(line.remittance)) {
        if (const QString customer = m_tokens.value(token); !customer.isEmpty())
            keepSurest(guesses,
                { customer, TokenStrength, tr("\"%1\" in the text stood for %2 before").arg(token, nameOf(customer)) });
    }
    std::sort(guesses.begin(), guesses.end(),
        [](const PayerGuess &a, const PayerGuess &b) { return a.strength > b.strength; });
    return guesses;
}

void PayerDirectory::nameGuesses(const QString &payerName, QList<PayerGuess> &guesses) const
{
    const QString normalized = PayerName::normalized(payerName);
    const QList<quint32> pairs = PayerName::letterPairs(normalized);
    QSet<QString> candidates;
    for (const QString &word : normalized.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const auto customers = m_byWord.constFind(word);
        if (customers != m_byWord.cend() && customers->size() <= CommonWord)
            candidates.unite(QSet<QString>(customers->cbegin(), customers->cend()));
    }
    const QString legalForm = PayerName::legalForm(payerName);
    QList<std::pair<double, QString>> alike;
    for (const QString &customerId : std::as_const(candidates)) {
        const Named &customer = m_customers[customerId];
        double similarity = PayerName::similarity(pairs, customer.letterPairs);
        if (similarity < NameThreshold)
            continue;
        // The legal form tells a family's GmbH from its KG, when the bank kept it.
        if (!legalForm.isEmpty() && !customer.legalForm.isEmpty())
            similarity += legalForm == customer.legalForm ? LegalFormWeight : -LegalFormWeight;
        alike.append({ std::min(similarity, 1.0), customerId });
    }
    std::sort(alike.begin(), alike.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype i = 0; i < alike.size() && i < NameGuesses; ++i) {
        // Two customers about as alike as each other: neither is sure.
        const bool contested = (i + 1 < alike.size() && alike[i].first - alike[i + 1].first < Contested)
            || (i > 0 && alike[i - 1].first - alike[i].first < Contested);
        const double strength = 0.85 * alike[i].first * (contested ? 0.7 : 1.0);
        keepSurest(guesses,
            { alike[i].second, strength,
                tr("the payer \"%1\" is like %2 (%3 % alike)")
                    .arg(payerName, nameOf(alike[i].second))
                    .arg(qRound(alike[i].first * 100)) });
    }
}

} // namespace cc::cash
