// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Currency.h"
#include "CurrencyMismatchError.h"
#include "Rounding.h"

#include <QList>

namespace cc {

/// An exact amount: integer minor units of one ISO 4217 currency. There is no
/// constructor from double; formatting for people lives in the UI (QLocale).
class Money {
public:
    Money() = default;
    Money(qint64 minorUnits, Currency currency)
        : m_minor(minorUnits)
        , m_currency(std::move(currency))
    {
    }
    static Money zero(const Currency &currency) { return Money(0, currency); }

    /// Parses "1234.56" / "-0.5" (or with a decimal comma when asked). More fraction
    /// digits than the currency has is an error, never a silent rounding.
    static Result<Money> parse(QStringView text, const Currency &currency, QChar decimalSeparator = QLatin1Char('.'));

    qint64 minorUnits() const { return m_minor; }
    const Currency &currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }
    bool isPositive() const { return m_minor > 0; }

    /// Plain decimal string in the currency's minor digits: "1234.50", "-7", "0.125".
    QString toDecimalString() const;
    /// "1234.56 EUR": the amount with its ISO code, as notes and messages that stay as written keep it.
    QString toText() const;

    Money operator-() const;
    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    Money &operator+=(const Money &other) { return *this = *this + other; }
    Money &operator-=(const Money &other) { return *this = *this - other; }

    /// this * numerator / denominator, rounded as asked (e.g. a tax rate in basis points).
    Money multipliedBy(qint64 numerator, qint64 denominator, RoundingMode mode) const;

    /// Splits into parts proportional to non-negative weights; the parts always sum to
    /// this amount exactly (leftover minor units go to the largest remainders first).
    QList<Money> allocate(const QList<qint64> &weights) const;
    /// Splits into n near-equal parts, the earlier parts taking the leftover units.
    QList<Money> split(int parts) const;

    friend bool operator==(const Money &a, const Money &b)
    {
        return a.m_minor == b.m_minor && a.m_currency == b.m_currency;
    }
    friend bool operator<(const Money &a, const Money &b);
    friend bool operator>(const Money &a, const Money &b) { return b < a; }
    friend bool operator<=(const Money &a, const Money &b) { return !(b < a); }
    friend bool operator>=(const Money &a, const Money &b) { return !(a < b); }

private:
    void requireSameCurrency(const Money &other) const;

    qint64 m_minor = 0;
    Currency m_currency;
};

} // namespace cc
