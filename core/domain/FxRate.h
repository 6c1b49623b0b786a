// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"

#include <QDate>

namespace cc {

/// How many units of `quote` one unit of `base` buys, as a scaled integer (10^-10 steps).
class FxRate {
public:
    static constexpr int Scale = 10;
    static constexpr qint64 ScaleFactor = 10'000'000'000;

    FxRate() = default;
    FxRate(Currency base, Currency quote, qint64 scaledRate, QDate date = {})
        : m_base(std::move(base)), m_quote(std::move(quote)), m_scaled(scaledRate), m_date(date) {}

    /// "1.0834" → rate; must be positive with at most 10 decimals.
    static Result<FxRate> parse(const Currency &base, const Currency &quote, QStringView rate, QDate date = {});

    const Currency &base() const { return m_base; }
    const Currency &quote() const { return m_quote; }
    qint64 scaledRate() const { return m_scaled; }
    QDate date() const { return m_date; }
    QString toDecimalString() const;

    /// Converts an amount in `base` into `quote`, minor digits adjusted, rounded as asked.
    Result<Money> convert(const Money &amount, RoundingMode mode) const;
    /// The same rate seen from the other side (rounded half-even at 10 decimals).
    FxRate inverted() const;

private:
    Currency m_base;
    Currency m_quote;
    qint64 m_scaled = 0;
    QDate m_date;
};

} // namespace cc
