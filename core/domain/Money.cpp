// SPDX-License-Identifier: GPL-3.0-or-later
#include "Money.h"

#include <algorithm>
#include <numeric>

namespace cc {

Result<Money> Money::parse(QStringView text, const Currency &currency, QChar decimalSeparator)
{
    qint64 minor = 0;
    if (!parseScaledDecimal(text, currency.minorDigits(), decimalSeparator, minor)) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("\"%1\" is not an amount in %2 (at most %3 decimals)")
                .arg(text.toString(), currency.code())
                .arg(currency.minorDigits()));
    }
    return Money(minor, currency);
}

QString Money::toText() const
{
    return toDecimalString() + QLatin1Char(' ') + m_currency.code();
}

QString Money::toDecimalString() const
{
    return formatScaledDecimal(m_minor, m_currency.minorDigits());
}

void Money::requireSameCurrency(const Money &other) const
{
    if (!(m_currency == other.m_currency)) {
        throw CurrencyMismatchError(
            "cannot combine " + m_currency.code().toStdString() + " with " + other.m_currency.code().toStdString());
    }
}

Money Money::operator-() const
{
    if (m_minor == std::numeric_limits<qint64>::min())
        throw std::overflow_error("amount out of range");
    return Money(-m_minor, m_currency);
}

Money Money::operator+(const Money &other) const
{
    requireSameCurrency(other);
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum))
        throw std::overflow_error("amount out of range");
    return Money(sum, m_currency);
}

Money Money::operator-(const Money &other) const
{
    requireSameCurrency(other);
    qint64 difference = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &difference))
        throw std::overflow_error("amount out of range");
    return Money(difference, m_currency);
}

bool operator<(const Money &a, const Money &b)
{
    a.requireSameCurrency(b);
    return a.m_minor < b.m_minor;
}

Money Money::multipliedBy(qint64 numerator, qint64 denominator, RoundingMode mode) const
{
    Q_ASSERT(denominator != 0);
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    return Money(roundedDivide(static_cast<WideInt>(m_minor) * numerator, denominator, mode), m_currency);
}

QList<Money> Money::allocate(const QList<qint64> &weights) const
{
    QList<Money> parts;
    if (weights.isEmpty())
        return parts;
    Q_ASSERT(std::all_of(weights.cbegin(), weights.cend(), [](qint64 w) { return w >= 0; }));
    const WideInt total = std::accumulate(weights.cbegin(), weights.cend(), static_cast<WideInt>(0));
    if (total == 0) // nothing to weigh by: spread evenly
        return split(int(weights.size()));

    // Work on the magnitude so negative amounts split symmetrically.
    const bool negative = m_minor < 0;
    const WideInt magnitude = negative ? -static_cast<WideInt>(m_minor) : m_minor;
    QList<WideInt> shares(weights.size());
    QList<WideInt> remainders(weights.size());
    WideInt assigned = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        shares[i] = magnitude * weights[i] / total;
        remainders[i] = magnitude * weights[i] % total;
        assigned += shares[i];
    }
    QList<qsizetype> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(
        order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return remainders[a] > remainders[b]; });
    for (qsizetype k = 0; assigned < magnitude; ++k, ++assigned)
        ++shares[order[k % order.size()]];

    parts.reserve(weights.size());
    for (WideInt share : shares)
        parts.append(Money(static_cast<qint64>(negative ? -share : share), m_currency));
    return parts;
}

QList<Money> Money::split(int parts) const
{
    Q_ASSERT(parts > 0);
    return allocate(QList<qint64>(parts, 1));
}

} // namespace cc
