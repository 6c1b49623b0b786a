// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace cc::cash {

/// Compares who paid, as the bank wrote it, with customers' names: case, diacritics (ü as UE or
/// U alike), punctuation and legal forms (GmbH, Ltd, Inc., S.A., B.V., …) do not count.
class PayerName {
public:
    /// "Müller Maschinenbau GmbH & Co. KG" → "MUELLER MASCHINENBAU".
    static QString normalized(const QString &name);
    /// The legal form normalized() leaves out: "Müller GmbH & Co. KG" → "GMBH CO KG"; empty for none.
    static QString legalForm(const QString &name);
    /// 0 to 1: how alike two names are once normalized (Dice coefficient of their letter pairs).
    static double similarity(const QString &a, const QString &b);

    /// A normalized name's letter pairs, each as one number, sorted and without repeats: worked
    /// out once per customer, so comparing a payer with many customers is a merge of two lists.
    static QList<quint32> letterPairs(const QString &normalizedName);
    /// The Dice coefficient of two names' letterPairs().
    static double similarity(const QList<quint32> &a, const QList<quint32> &b);
};

} // namespace cc::cash
