// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Invoice.h"

#include <QCoreApplication>

namespace cc {

/// One thing wrong with a document, and the field it is in ("customer", "line 2: quantity").
struct FieldProblem {
    QString field; ///< for people, translated
    QString message;
    QString key; ///< for the editor: customer, invoice_date, terms, lines, total, corrects, or a line's
                 ///< description, quantity, unit_price, discount, tax
    int line = -1; ///< the line's index for line fields, else -1
};

/// What keeps a draft from being saved or issued, field by field, so the editor can point at
/// each one.
class InvoiceValidation {
    Q_DECLARE_TR_FUNCTIONS(InvoiceValidation)

public:
    /// Problems that stop saving the draft at all.
    static QList<FieldProblem> forSaving(const Invoice &draft);
    /// Those, and what a document needs before it is issued (lines, a correction target).
    static QList<FieldProblem> forIssuing(const Invoice &draft);
    /// "line 2: quantity: must not be zero; terms: …" for a message or the CLI.
    static QString describe(const QList<FieldProblem> &problems);
};

} // namespace cc
