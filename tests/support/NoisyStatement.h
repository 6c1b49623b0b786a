// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bank/BankTransaction.h"
#include "cash/OpenInvoice.h"

#include <QHash>
#include <QMap>
#include <QRandomGenerator>

namespace test {

/// What a generated credit is, as a bank statement would bring it.
enum class PaymentKind {
    ExactReference, ///< the invoice number as printed
    FormattedReference, ///< written another way: case, spaces, slashes, zeros, a glued prefix
    Typo, ///< one digit wrong or two swapped
    CreditorReference, ///< an RF reference in the structured field
    NoReference, ///< only the payer's name, paying one invoice
    SeveralWithReferences, ///< two to four invoices, each named
    SeveralWithoutReferences, ///< two or three invoices, none named
    Partial, ///< a part of one named invoice
    Overpayment, ///< more than one named invoice: the rest unapplied
    Discount, ///< less the early-payment discount, within its window
    Unrelated, ///< interest, a supplier's refund, a transfer: pays no invoice
};
QString kindName(PaymentKind kind);
QList<PaymentKind> allKinds();

/// The known answer: whose money, and what each invoice gets (empty: pays no invoice).
struct ExpectedMatch {
    QString customerId;
    QMap<QString, qint64> cash; ///< invoice number → minor units applied
    qint64 unapplied = 0;
};

struct NoisyLine {
    PaymentKind kind;
    cc::bank::BankTransaction bank;
    ExpectedMatch expected;
};

/// Customers and their open invoices, as one company's receivables ledger would have them:
/// sequential invoice numbers, names alike across customers, a share on discount terms.
struct Ledger {
    QList<cc::cash::OpenInvoice> invoices;
    QHash<QString, QString> customerNames;
    QHash<QString, QString> customerIbans;
};

/// Writes bank statements with known answers, noisy as real ones are: payer names in capitals,
/// without legal forms or umlauts, cut at 27 characters, or someone else paying; references
/// written every which way; amounts less a discount, in part, or several invoices together.
class NoisyStatementGenerator {
public:
    explicit NoisyStatementGenerator(quint32 seed)
        : m_random(seed)
    {
    }

    Ledger ledger(int customers, int invoicesPerCustomer, const QDate &today);
    /// `lines` credits booked on `day`, each invoice paid at most once; the kinds in the
    /// shares `weights` gives (kinds left out are not generated).
    QList<NoisyLine> statement(
        const Ledger &ledger, int lines, const QDate &day, const QHash<PaymentKind, int> &weights);
    static QHash<PaymentKind, int> evenWeights();

private:
    QString payerName(const QString &customerName);
    QString formatted(const QString &number);
    QString typo(const QString &number);
    QString filler();
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }
    template <typename T> const T &pick(const QList<T> &list) { return list[m_random.bounded(int(list.size()))]; }

    QRandomGenerator m_random;
};

} // namespace test
