// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaseConversion.h"

#include "FxRateRepository.h"

#include <algorithm>

namespace cc::storage {

Result<BaseConversion> BaseConversion::on(
    SqlDatabase &db, const QStringList &currencies, const Currency &base, const QDate &day)
{
    BaseConversion conversion;
    FxRateRepository rates(db);
    for (const QString &code : currencies) {
        if (conversion.m_rates.contains(code) || conversion.m_withoutRate.contains(code))
            continue;
        auto currency = Currency::fromCode(code);
        if (!currency)
            return currency.error();
        if (code == base.code()) {
            conversion.m_rates.insert(code, { *currency, std::nullopt });
            continue;
        }
        auto rate = rates.rateOn(*currency, base, day);
        if (!rate)
            return rate.error();
        if (*rate)
            conversion.m_rates.insert(code, { *currency, *rate });
        else
            conversion.m_withoutRate << code;
    }
    std::sort(conversion.m_withoutRate.begin(), conversion.m_withoutRate.end());
    return conversion;
}

Result<qint64> BaseConversion::operator()(const QString &currency, qint64 minor) const
{
    const auto it = m_rates.constFind(currency);
    if (it == m_rates.cend())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("no rate for %1").arg(currency));
    if (!it->rate || minor == 0)
        return minor;
    auto converted = it->rate->convert(Money(minor, it->currency), RoundingMode::HalfEven);
    if (!converted)
        return converted.error();
    return converted->minorUnits();
}

} // namespace cc::storage
