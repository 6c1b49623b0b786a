// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoneyFormatter.h"

#include "domain/Rounding.h"

#include <QCoreApplication>

namespace cc::services {
namespace {

// QLocale knows each locale's currency pattern ("¤1", "1 ¤", "(¤1)", "-1 ¤") but formats only
// integers or doubles. Formatting a marker amount and symbol reveals the pattern once.
QString patternFrom(const QLocale &locale, qlonglong marker)
{
    QString pattern = locale.toCurrencyString(marker, QStringLiteral("\x01"));
    pattern.replace(QStringLiteral("\x01"), QStringLiteral("%2"));
    pattern.replace(locale.toString(qAbs(marker)), QStringLiteral("%1"));
    return pattern;
}

bool isLetterNextToNumber(const QString &pattern)
{
    return pattern.contains(QStringLiteral("%2%1")) || pattern.contains(QStringLiteral("%1%2"));
}

} // namespace

MoneyFormatter::MoneyFormatter(const QLocale &locale)
    : m_locale(locale)
    , m_ownCurrency(locale.currencySymbol(QLocale::CurrencyIsoCode))
    , m_positivePattern(patternFrom(locale, 7))
    , m_negativePattern(patternFrom(locale, -7))
{
}

QString MoneyFormatter::digits(quint64 absMinor, int minorDigits, bool trimZeros) const
{
    quint64 perMajor = 1;
    for (int i = 0; i < minorDigits; ++i)
        perMajor *= 10;
    QString text = m_locale.toString(qulonglong(absMinor / perMajor));
    if (minorDigits == 0)
        return text;
    QString fraction = QString::number(absMinor % perMajor).rightJustified(minorDigits, QLatin1Char('0'));
    if (trimZeros) {
        while (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        if (fraction.isEmpty())
            return text;
    }
    if (m_locale.zeroDigit() != QStringLiteral("0")) {
        // The locale's own digits (e.g. Arabic-Indic) for the fraction as for the integer part.
        QString localized;
        for (QChar c : std::as_const(fraction))
            localized += m_locale.toString(c.digitValue());
        fraction = localized;
    }
    return text + m_locale.decimalPoint() + fraction;
}

QString MoneyFormatter::amount(const Money &money) const
{
    const qint64 minor = money.minorUnits();
    // Unsigned magnitude: even the most negative qint64 has one.
    const quint64 magnitude = minor < 0 ? 0 - quint64(minor) : quint64(minor);
    const QString number = digits(magnitude, money.currency().minorDigits(), false);
    // The locale's way of showing a negative amount ("-1,00", "(1.00)"), without the symbol.
    return minor < 0 ? m_negativePattern.arg(number, QString()).trimmed() : number;
}

QString MoneyFormatter::format(const Money &money) const
{
    const qint64 minor = money.minorUnits();
    // Unsigned magnitude: even the most negative qint64 has one.
    const quint64 magnitude = minor < 0 ? 0 - quint64(minor) : quint64(minor);
    const QString number = digits(magnitude, money.currency().minorDigits(), false);
    const QString &pattern = minor < 0 ? m_negativePattern : m_positivePattern;
    const QString &code = money.currency().code();
    if (!m_ownCurrency.isEmpty() && code == m_ownCurrency)
        return pattern.arg(number, m_locale.currencySymbol(QLocale::CurrencySymbol));
    // An ISO code glued to the digits ("EUR12.00") is hard to read: keep a no-break space between.
    QString withCode = pattern;
    if (isLetterNextToNumber(withCode)) {
        withCode.replace(QStringLiteral("%2%1"), QStringLiteral("%2\u00a0%1"));
        withCode.replace(QStringLiteral("%1%2"), QStringLiteral("%1\u00a0%2"));
    }
    return withCode.arg(number, code);
}

QString MoneyFormatter::decimal(qint64 scaled, int digitCount) const
{
    const quint64 magnitude = scaled < 0 ? 0 - quint64(scaled) : quint64(scaled);
    const QString text = digits(magnitude, digitCount, true);
    return scaled < 0 ? m_locale.negativeSign() + text : text;
}

QString MoneyFormatter::percent(int basisPoints) const
{
    // Whether a space goes before the sign is a matter of language, so translators decide.
    //: A percentage; %1 is the number.
    return QCoreApplication::translate("cc::ui::MoneyFormatter", "%1%").arg(decimal(basisPoints, 2));
}

QString MoneyFormatter::date(const QDate &date) const
{
    return date.isValid() ? m_locale.toString(date, QLocale::ShortFormat) : QString();
}

bool MoneyFormatter::readDecimal(QString text, int digits, qint64 &scaled) const
{
    text = text.trimmed();
    text.remove(m_locale.groupSeparator());
    text.remove(QLatin1Char('%'));
    return parseScaledDecimal(text.trimmed(), digits, m_locale.decimalPoint().at(0), scaled);
}

QString MoneyFormatter::documentDate(const QDate &date) const
{
    if (!date.isValid())
        return QString();
    QString format = m_locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return m_locale.toString(date, format);
}

} // namespace cc::services
