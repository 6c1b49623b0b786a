// SPDX-License-Identifier: GPL-3.0-or-later
#include "Rounding.h"

#include <QString>
#include <limits>
#include <stdexcept>

namespace cc {

qint64 roundedDivide(WideInt numerator, WideInt denominator, RoundingMode mode)
{
    Q_ASSERT(denominator > 0);
    const bool negative = numerator < 0;
    const WideInt magnitude = negative ? -numerator : numerator;
    WideInt quotient = magnitude / denominator;
    const WideInt remainder = magnitude % denominator;
    if (remainder != 0) {
        switch (mode) {
        case RoundingMode::HalfAwayFromZero:
            if (remainder * 2 >= denominator)
                ++quotient;
            break;
        case RoundingMode::HalfEven:
            if (remainder * 2 > denominator || (remainder * 2 == denominator && quotient % 2 == 1))
                ++quotient;
            break;
        case RoundingMode::TowardZero:
            break;
        case RoundingMode::AwayFromZero:
            ++quotient;
            break;
        }
    }
    const WideInt result = negative ? -quotient : quotient;
    if (result > std::numeric_limits<qint64>::max() || result < std::numeric_limits<qint64>::min())
        throw std::overflow_error("amount out of range");
    return static_cast<qint64>(result);
}

bool parseScaledDecimal(QStringView text, int scale, QChar decimalSeparator, qint64 &out)
{
    text = text.trimmed();
    bool negative = false;
    if (!text.isEmpty() && (text.front() == QLatin1Char('-') || text.front() == QLatin1Char('+'))) {
        negative = text.front() == QLatin1Char('-');
        text = text.mid(1);
    }
    if (text.isEmpty())
        return false;
    WideInt value = 0;
    int fractionDigits = -1; // -1 while still in the integer part
    int digits = 0;
    for (QChar c : text) {
        if (c == decimalSeparator && fractionDigits < 0) {
            fractionDigits = 0;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        if (fractionDigits >= 0 && ++fractionDigits > scale)
            return false;
        value = value * 10 + (c.unicode() - '0');
        if (++digits > 30)
            return false;
    }
    if (digits == 0)
        return false;
    for (int i = fractionDigits < 0 ? 0 : fractionDigits; i < scale; ++i)
        value *= 10;
    if (negative)
        value = -value;
    if (value > std::numeric_limits<qint64>::max() || value < std::numeric_limits<qint64>::min())
        return false;
    out = static_cast<qint64>(value);
    return true;
}

QString formatScaledDecimal(qint64 value, int scale, QChar decimalSeparator)
{
    // Work on the unsigned magnitude so INT64_MIN formats correctly.
    const bool negative = value < 0;
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
    QString digits = QString::number(magnitude);
    if (scale > 0) {
        if (digits.size() <= scale)
            digits = QString(scale - digits.size() + 1, QLatin1Char('0')) + digits;
        digits.insert(digits.size() - scale, decimalSeparator);
    }
    return negative ? QLatin1Char('-') + digits : digits;
}

} // namespace cc
