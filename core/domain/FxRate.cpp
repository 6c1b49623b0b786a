// SPDX-License-Identifier: GPL-3.0-or-later
#include "FxRate.h"

namespace cc {

Result<FxRate> FxRate::parse(const Currency &base, const Currency &quote, QStringView rate, QDate date)
{
    qint64 scaled = 0;
    if (!parseScaledDecimal(rate, Scale, QLatin1Char('.'), scaled) || scaled <= 0) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"%1\" is not a positive exchange rate").arg(rate.toString()));
    }
    return FxRate(base, quote, scaled, date);
}

QString FxRate::toDecimalString() const
{
    QString text = formatScaledDecimal(m_scaled, Scale);
    while (text.endsWith(QLatin1Char('0')) && !text.endsWith(QLatin1String(".0")))
        text.chop(1);
    return text;
}

Result<Money> FxRate::convert(const Money &amount, RoundingMode mode) const
{
    if (!(amount.currency() == m_base)) {
        return makeError(ErrorCode::CurrencyMismatch, QStringLiteral("rate %1/%2 cannot convert %3")
                                                          .arg(m_base.code(), m_quote.code(),
                                                               amount.currency().code()));
    }
    const WideInt numerator = static_cast<WideInt>(amount.minorUnits()) * m_scaled * m_quote.minorPerMajor();
    const WideInt denominator = static_cast<WideInt>(ScaleFactor) * m_base.minorPerMajor();
    try {
        return Money(roundedDivide(numerator, denominator, mode), m_quote);
    } catch (const std::overflow_error &) {
        return makeError(ErrorCode::Overflow, QStringLiteral("converted amount out of range"));
    }
}

FxRate FxRate::inverted() const
{
    const qint64 scaled = roundedDivide(static_cast<WideInt>(ScaleFactor) * ScaleFactor, m_scaled,
                                        RoundingMode::HalfEven);
    return FxRate(m_quote, m_base, scaled, m_date);
}

} // namespace cc
