// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "domain/FxRate.h"

#include <QHash>
#include <QStringList>
#include <optional>

namespace cc::storage {

/// Amounts of several currencies in one base at the rates of one day (FxRateRepository), for
/// reports in constant currency. A currency without a rate is named, not guessed.
class BaseConversion {
public:
    /// The rates of `currencies` into `base` on `day`.
    static Result<BaseConversion> on(
        SqlDatabase &db, const QStringList &currencies, const Currency &base, const QDate &day);

    bool converts(const QString &currency) const { return m_rates.contains(currency); }
    /// Sorted; left out of every report made with this conversion.
    const QStringList &withoutRate() const { return m_withoutRate; }
    /// `minor` units of `currency` in the base, rounded half-even; the base itself as it is.
    Result<qint64> operator()(const QString &currency, qint64 minor) const;

private:
    struct Rate {
        Currency currency;
        std::optional<FxRate> rate; ///< none: the base itself
    };
    QHash<QString, Rate> m_rates;
    QStringList m_withoutRate;
};

} // namespace cc::storage
