// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

namespace cc {

/// An ISO 4217 currency and the number of minor digits it is kept in.
class Currency {
public:
    Currency() = default;

    /// Known ISO 4217 code (case-insensitive), or an InvalidInput error.
    static Result<Currency> fromCode(const QString &code);

    const QString &code() const { return m_code; }
    int minorDigits() const { return m_minorDigits; }
    /// 10^minorDigits: how many minor units make one major unit.
    qint64 minorPerMajor() const;
    bool isValid() const { return !m_code.isEmpty(); }

    friend bool operator==(const Currency &a, const Currency &b) { return a.m_code == b.m_code; }

private:
    Currency(QString code, int minorDigits) : m_code(std::move(code)), m_minorDigits(minorDigits) {}

    QString m_code;
    int m_minorDigits = 2;
};

} // namespace cc
