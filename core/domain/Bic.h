// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace cc {

/// A bank's Business Identifier Code (ISO 9362): bank, country, location and an optional
/// branch, 8 or 11 letters and digits.
class Bic {
    Q_DECLARE_TR_FUNCTIONS(Bic)

public:
    /// Surrounding spaces are ignored and letters upper-cased; fails naming the text.
    static Result<Bic> parse(const QString &text);

    const QString &code() const { return m_code; }

private:
    explicit Bic(QString code)
        : m_code(std::move(code))
    {
    }

    QString m_code;
};

} // namespace cc
