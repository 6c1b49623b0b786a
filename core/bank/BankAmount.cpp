// SPDX-License-Identifier: GPL-3.0-or-later
#include "BankAmount.h"

#include <QCoreApplication>

namespace cc::bank {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cc::bank::BankAmount", text);
}

} // namespace

Result<Money> parseBankAmount(const QString &text, const QString &currencyCode, const QString &creditDebit)
{
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("no amount"));
    auto currency = Currency::fromCode(currencyCode);
    if (!currency)
        return makeError(ErrorCode::InvalidInput, tr("\"%1\" is not a currency").arg(currencyCode));
    QString digits = text;
    const qsizetype point = digits.indexOf(QLatin1Char('.'));
    if (point >= 0) {
        while (digits.size() - point - 1 > currency->minorDigits() && digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        if (digits.endsWith(QLatin1Char('.')))
            digits.chop(1);
    }
    auto amount = Money::parse(digits, *currency);
    if (!amount || amount->minorUnits() < 0)
        return makeError(ErrorCode::InvalidInput, tr("\"%1\" is not an amount in %2").arg(text, currencyCode));
    const QString sign = creditDebit.toUpper();
    if (sign == QLatin1String("DBIT") || sign == QLatin1String("D") || sign == QLatin1String("DEBIT"))
        return Money(-amount->minorUnits(), *currency);
    if (!sign.isEmpty() && sign != QLatin1String("CRDT") && sign != QLatin1String("C")
        && sign != QLatin1String("CREDIT"))
        return makeError(ErrorCode::InvalidInput, tr("\"%1\" is neither credit nor debit").arg(creditDebit));
    return *amount;
}

} // namespace cc::bank
