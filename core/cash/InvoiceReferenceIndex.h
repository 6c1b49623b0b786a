// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace cc::cash {

/// How an invoice's number was found in a payment's text, surest first.
enum class ReferenceMatch {
    CreditorReference, ///< an ISO 11649 RF reference with valid check digits
    Exact, ///< the number as it is written
    Formatted, ///< the number written another way: spaces, slashes, case, leading zeros, a prefix
    Typo, ///< one digit wrong or two swapped: only good when the amount confirms it
};

/// One invoice a payment's text refers to.
struct ReferenceHit {
    int id = 0; ///< as add() returned it
    QString invoiceNumber;
    ReferenceMatch how = ReferenceMatch::Exact;
};

/// Finds the open invoices a payment's free text refers to, however the payer wrote the number:
/// "RE-2026-0042", "re 2026/42", "Rechnung Nr.RE20260042", an RF creditor reference, or with
/// one digit mistyped.
class InvoiceReferenceIndex {
public:
    /// Returns the invoice's id in the index: 0, 1, 2, … in the order added.
    int add(const QString &invoiceNumber);
    /// The id of an invoice by its number as written, or -1.
    int idOf(const QString &invoiceNumber) const;
    /// How far to look for mistyped numbers.
    enum class TypoSearch {
        Unfound, ///< only for words that are no invoice's number
        Everywhere, ///< also beside numbers that exist: the payer may have meant a neighbour
    };
    /// Each invoice at most once, by the surest way it was found; the surest first.
    QList<ReferenceHit> find(const QString &text, TypoSearch typos = TypoSearch::Unfound) const;

    /// Letters and digits only, upper case, the leading zeros of each run of digits dropped:
    /// "re-2026/0042" → "RE202642".
    static QString normalized(QStringView reference);
    /// Letters and digits only, upper case: "re-2026/0042" → "RE20260042".
    static QString compact(QStringView reference);

private:
    void hit(QHash<int, ReferenceMatch> &hits, int id, ReferenceMatch how) const;
    void hitAll(QHash<int, ReferenceMatch> &hits, const QString &key, ReferenceMatch how) const;
    /// The numbers `written` (compact or normalized) is one digit or one swap away from.
    void typoHits(QHash<int, ReferenceMatch> &hits, const QString &written) const;

    QList<QString> m_numbers; ///< by id
    QHash<QString, int> m_written; ///< the number as written, in capitals → its id
    /// compact() and normalized() forms of each number → the ids written so (one million
    /// invoices: no list per key)
    QMultiHash<QString, int> m_formatted;
    /// Each normalized number with its runs of digits as "#" ("RE#"): words of another shape
    /// cannot be a mistyped number, so the typo search skips them.
    QSet<QString> m_shapes;
};

} // namespace cc::cash
