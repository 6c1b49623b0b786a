// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace cc {

/// An International Bank Account Number that passed its checks: country code, the length
/// that country uses (where known), and the MOD 97 check digits.
class Iban {
    Q_DECLARE_TR_FUNCTIONS(Iban)

public:
    /// Spaces are ignored and letters upper-cased; fails naming what is wrong.
    static Result<Iban> parse(const QString &text);

    /// Without spaces, as payment files and QR codes carry it.
    const QString &electronic() const { return m_electronic; }
    /// In groups of four, as printed on documents.
    QString printed() const;
    QString countryCode() const { return m_electronic.left(2); }

private:
    explicit Iban(QString electronic)
        : m_electronic(std::move(electronic))
    {
    }

    QString m_electronic;
};

} // namespace cc
