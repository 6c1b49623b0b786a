// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace cc {

/// An ISO 11649 structured creditor reference ("RF" reference): RF, two check digits and up
/// to 21 letters or digits. Banks carry it unchanged to the payee, so a payment quoting it
/// can be matched to its invoice, and its check digits catch a mistyped reference.
class CreditorReference {
    Q_DECLARE_TR_FUNCTIONS(CreditorReference)

public:
    /// The reference for a document number: its letters and digits (separators dropped),
    /// with check digits. Fails when nothing or more than 21 characters remain.
    static Result<CreditorReference> forDocument(const QString &documentNumber);
    /// A reference as read from a bank statement (spaces ignored); fails naming what is wrong.
    static Result<CreditorReference> parse(const QString &text);

    /// Without spaces, as payment files and QR codes carry it: "RF18INV202600001".
    const QString &electronic() const { return m_electronic; }
    /// In groups of four, as printed on documents.
    QString printed() const;
    /// The part after the check digits: what the creditor chose to reference.
    QString payload() const { return m_electronic.mid(4); }

private:
    explicit CreditorReference(QString electronic)
        : m_electronic(std::move(electronic))
    {
    }

    QString m_electronic;
};

} // namespace cc
