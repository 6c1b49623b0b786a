// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cc {

/// 128-bit intermediate for products of amounts and rates (a GCC/Clang extension).
__extension__ typedef __int128 WideInt;

/// How a division that does not come out even is rounded. Always chosen explicitly.
enum class RoundingMode {
    HalfAwayFromZero, ///< commercial rounding: 0.5 → 1, -0.5 → -1
    HalfEven,         ///< banker's rounding
    TowardZero,
    AwayFromZero,
};

/// numerator / denominator rounded as asked; denominator must be positive.
qint64 roundedDivide(WideInt numerator, WideInt denominator, RoundingMode mode);

/// Parses a plain decimal ("-12.345", "7", ",5" with a comma separator) into value * 10^scale.
/// Fails (returns false) on any other character or on more fraction digits than scale.
bool parseScaledDecimal(QStringView text, int scale, QChar decimalSeparator, qint64 &out);

/// value / 10^scale as a plain decimal with exactly `scale` fraction digits.
QString formatScaledDecimal(qint64 value, int scale, QChar decimalSeparator = QLatin1Char('.'));

} // namespace cc
