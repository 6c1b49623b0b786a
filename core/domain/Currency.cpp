// SPDX-License-Identifier: GPL-3.0-or-later
#include "Currency.h"

#include <QHash>

namespace cc {
namespace {

// ISO 4217 active codes whose minor unit is not 2; everything else in the list below uses 2.
const QHash<QString, int> &nonDefaultDigits()
{
    static const QHash<QString, int> digits = {
        {"BIF", 0}, {"CLP", 0}, {"DJF", 0}, {"GNF", 0}, {"ISK", 0}, {"JPY", 0}, {"KMF", 0},
        {"KRW", 0}, {"PYG", 0}, {"RWF", 0}, {"UGX", 0}, {"UYI", 0}, {"VND", 0}, {"VUV", 0},
        {"XAF", 0}, {"XOF", 0}, {"XPF", 0}, {"BHD", 3}, {"IQD", 3}, {"JOD", 3}, {"KWD", 3},
        {"LYD", 3}, {"OMR", 3}, {"TND", 3}, {"CLF", 4}, {"UYW", 4},
    };
    return digits;
}

const QStringList &twoDigitCodes()
{
    static const QStringList codes = QStringLiteral(
        "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP BYN BZD "
        "CAD CDF CHF CNY COP CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD "
        "GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD "
        "MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP "
        "PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS "
        "TMT TOP TRY TTD TWD TZS UAH USD UYU UZS VES WST XCD YER ZAR ZMW ZWL")
                                        .split(QLatin1Char(' '));
    return codes;
}

// Every known code with its minor digits, built once: fromCode runs for every row read.
const QHash<QString, int> &allCodes()
{
    static const QHash<QString, int> codes = [] {
        QHash<QString, int> all = nonDefaultDigits();
        for (const QString &code : twoDigitCodes())
            all.insert(code, 2);
        // Withdrawn in 2002, yet still in the bank statements of long-standing archives.
        all.insert(QStringLiteral("DEM"), 2);
        return all;
    }();
    return codes;
}

} // namespace

Result<Currency> Currency::fromCode(const QString &code)
{
    auto it = allCodes().constFind(code);
    if (it == allCodes().cend())
        it = allCodes().constFind(code.trimmed().toUpper());
    if (it != allCodes().cend())
        return Currency(it.key(), it.value());
    return makeError(ErrorCode::InvalidInput, QStringLiteral("unknown currency code \"%1\"").arg(code));
}

qint64 Currency::minorPerMajor() const
{
    qint64 factor = 1;
    for (int i = 0; i < m_minorDigits; ++i)
        factor *= 10;
    return factor;
}

} // namespace cc
