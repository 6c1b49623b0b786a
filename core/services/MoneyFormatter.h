// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QLocale>

namespace cc::services {

/// Formats money, fixed-point numbers and dates for people, through QLocale and straight from
/// integer minor units (never through double, so no amount is ever rounded for display).
class MoneyFormatter {
public:
    explicit MoneyFormatter(const QLocale &locale = QLocale());

    /// "1.234,56 €", "$1,234.56", "(EUR 12.00)": the locale's grouping, decimal separator and
    /// currency pattern; its symbol for its own currency, the ISO code for any other.
    QString format(const Money &money) const;
    /// The amount without currency ("1.234,56"), for places that name the currency once.
    QString amount(const Money &money) const;
    /// `scaled` / 10^digits with the locale's separators, trailing fraction zeros dropped:
    /// quantities in thousandths, rates in basis points.
    QString decimal(qint64 scaled, int digits) const;
    /// Basis points as a percentage: 1900 → "19 %", 550 → "5,5 %".
    QString percent(int basisPoints) const;
    QString date(const QDate &date) const;
    /// Dates as letters and documents print them: the locale's short form with the full year
    /// ("01.09.2026", "9/1/2026"), so no reader wonders about the century.
    QString documentDate(const QDate &date) const;
    /// Reads a number as people type it in the locale ("1.234,5" in German, "1,234.5" in
    /// English; a trailing % is ignored) into `scaled` = value × 10^digits; false when it is
    /// not one or has more decimals.
    bool readDecimal(QString text, int digits, qint64 &scaled) const;
    const QLocale &locale() const { return m_locale; }

private:
    QString digits(quint64 absMinor, int minorDigits, bool trimZeros) const;

    QLocale m_locale;
    QString m_ownCurrency; // the locale's ISO code, shown as its symbol
    QString m_positivePattern; // the locale's currency pattern, %1 amount, %2 symbol
    QString m_negativePattern;
};

} // namespace cc::services
