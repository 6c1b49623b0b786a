// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bank/BankTransaction.h"

#include <QCoreApplication>
#include <QHash>

namespace cc::cash {

/// A customer a bank credit's payer may be, how sure that is (0 to 1), and why.
struct PayerGuess {
    QString customerId;
    double strength = 0;
    QString reason;
    bool byAccount = false; ///< known by the account the money came from
};

/// Who pays: customers by their names, and what confirmed matches taught (the accounts a
/// customer pays from, the names their payments carry, words only their payments quote).
class PayerDirectory {
    Q_DECLARE_TR_FUNCTIONS(PayerDirectory)

public:
    void addCustomer(const QString &customerId, const QString &name);
    void learnAccount(const QString &iban, const QString &customerId);
    void learnName(const QString &payerName, const QString &customerId);
    /// A word of a payment's text that names the customer: their customer number with us, say.
    void learnToken(const QString &token, const QString &customerId);

    /// The customers a credit's payer may be, surest first (at most one per customer).
    QList<PayerGuess> identify(const bank::BankTransaction &line) const;
    /// The customer whose payments came from this account, if any.
    QString customerOfAccount(const QString &iban) const;
    QString nameOf(const QString &customerId) const;

    /// The words of a payment's text a customer may be known by: five or more letters and
    /// digits with at least one digit ("KD47110"), as the learned tokens are kept.
    static QStringList tokensOf(const QString &text);
    /// An account number as compared: letters and digits, upper case.
    static QString accountKey(const QString &iban);

private:
    struct Named {
        QString name;
        QList<quint32> letterPairs;
        QString legalForm;
    };
    void nameGuesses(const QString &payerName, QList<PayerGuess> &guesses) const;

    QHash<QString, Named> m_customers;
    QHash<QString, QList<QString>> m_byWord; ///< a word of a normalized name → the customers whose name has it
    QHash<QString, QString> m_accounts;
    QHash<QString, QString> m_names; ///< a normalized payer name → customer
    QHash<QString, QString> m_tokens; ///< empty when two customers quoted it
};

} // namespace cc::cash
