// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportFields.h"

#include <QRegularExpression>

namespace cc::services {

ImportFields::ImportFields(
    const ImportColumns &columns, const ImportOptions &options, QChar delimiter, QList<ImportProblem> &problems)
    : m_columns(columns)
    , m_problems(problems)
    , m_decimalSeparator(options.decimalSeparator)
{
    // A decimal comma cannot share a line with comma-separated fields.
    if (!m_decimalSeparator && delimiter == QLatin1Char(','))
        m_decimalSeparator = QLatin1Char('.');
}

void ImportFields::report(QStringView column, const QString &message)
{
    m_problems.append({ m_record->line, m_columns.header(column), message });
}

QString ImportFields::required(QStringView column)
{
    QString value = text(column);
    if (value.isEmpty())
        report(column, tr("is empty"));
    return value;
}

QDate ImportFields::date(QStringView column, bool required)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString value = text(column);
    if (value.isEmpty()) {
        if (required)
            report(column, tr("is empty"));
        return {};
    }
    const QDate date = iso.match(value).hasMatch() ? QDate::fromString(value, Qt::ISODate) : QDate();
    if (!date.isValid())
        report(column, tr("\"%1\" is not a date (expected YYYY-MM-DD)").arg(value));
    return date;
}

std::optional<Currency> ImportFields::currency(QStringView column)
{
    const QString value = text(column);
    if (value.isEmpty())
        return std::nullopt;
    auto currency = Currency::fromCode(value);
    if (!currency) {
        report(column, currency.error().detail);
        return std::nullopt;
    }
    return *currency;
}

QChar ImportFields::decimalSeparatorFor(const QString &amount)
{
    // In ';' or tab files the first amount with a separator decides for the whole file;
    // whole numbers read the same either way.
    if (!m_decimalSeparator) {
        if (amount.contains(QLatin1Char(',')))
            m_decimalSeparator = QLatin1Char(',');
        else if (amount.contains(QLatin1Char('.')))
            m_decimalSeparator = QLatin1Char('.');
        else
            return QLatin1Char('.');
    }
    return *m_decimalSeparator;
}

std::optional<Money> ImportFields::amount(QStringView column, const Currency &currency, bool required)
{
    QString value = text(column);
    if (value.isEmpty()) {
        if (required)
            report(column, tr("is empty"));
        return std::nullopt;
    }
    // "5.000" in a file that has not shown its decimal separator yet may be five or five
    // thousand: guessing either way could book an amount a thousand times wrong.
    static const QRegularExpression grouped(QStringLiteral("^[-+]?\\d{1,3}[.,]\\d{3}$"));
    if (!m_decimalSeparator && currency.minorDigits() != 3 && grouped.match(value).hasMatch()) {
        report(column,
            tr("\"%1\" could use a decimal or a thousands separator; set the decimal "
               "separator for this file")
                .arg(value));
        return std::nullopt;
    }
    const QChar separator = decimalSeparatorFor(value);
    // ERPs export fixed four decimals ("10.0000"): dropping zeros beyond the currency's
    // digits is exact. Any other extra digit still fails in Money::parse, never rounds.
    if (const qsizetype point = value.indexOf(separator); point >= 0) {
        while (value.size() - point - 1 > currency.minorDigits() && value.endsWith(QLatin1Char('0')))
            value.chop(1);
    }
    auto money = Money::parse(value, currency, separator);
    if (!money) {
        report(column,
            tr("\"%1\" is not an amount in %2 (at most %3 decimals, separator \"%4\")")
                .arg(text(column), currency.code())
                .arg(currency.minorDigits())
                .arg(separator));
        return std::nullopt;
    }
    return *money;
}

} // namespace cc::services
