// SPDX-License-Identifier: GPL-3.0-or-later
#include "LateFeePolicy.h"

#include "Rounding.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace cc {
namespace {

Result<QMap<QString, qint64>> amountsByCurrency(const QJsonObject &object, const QString &field)
{
    QMap<QString, qint64> amounts;
    const QJsonObject byCurrency = object.value(field).toObject();
    for (auto it = byCurrency.begin(); it != byCurrency.end(); ++it) {
        if (!Currency::fromCode(it.key()) || !it.value().isDouble() || it.value().toInteger(-1) < 0)
            return makeError(ErrorCode::InvalidInput,
                LateFeePolicy::tr("%1: give amounts in minor units per ISO currency, e.g. {\"EUR\": 4000}").arg(field));
        amounts.insert(it.key(), it.value().toInteger());
    }
    return amounts;
}

QJsonObject toObject(const QMap<QString, qint64> &amounts)
{
    QJsonObject object;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

Result<LateFeePolicy> LateFeePolicy::fromJson(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!document.isObject())
        return makeError(
            ErrorCode::InvalidInput, tr("the late-fee policy is not a JSON object: %1").arg(error.errorString()));
    const QJsonObject object = document.object();
    for (const QString &field : { QStringLiteral("annual_rate_bp"), QStringLiteral("grace_days") }) {
        if (object.contains(field) && !object.value(field).isDouble())
            return makeError(ErrorCode::InvalidInput, tr("%1: give a whole number").arg(field));
    }
    LateFeePolicy policy;
    const qint64 rate = object.value(QStringLiteral("annual_rate_bp")).toInteger(0);
    const qint64 grace = object.value(QStringLiteral("grace_days")).toInteger(0);
    if (rate < 0 || rate > 100000)
        return makeError(ErrorCode::InvalidInput, tr("annual_rate_bp: give basis points between 0 and 100000"));
    if (grace < 0 || grace > 365)
        return makeError(ErrorCode::InvalidInput, tr("grace_days: give 0 to 365 days"));
    policy.annualRateBp = int(rate);
    policy.graceDays = int(grace);
    auto fees = amountsByCurrency(object, QStringLiteral("flat_fee"));
    if (!fees)
        return fees.error();
    auto minimums = amountsByCurrency(object, QStringLiteral("minimum"));
    if (!minimums)
        return minimums.error();
    policy.flatFeeMinor = *fees;
    policy.minimumMinor = *minimums;
    return policy;
}

QString LateFeePolicy::toJson() const
{
    const QJsonObject object { { QStringLiteral("annual_rate_bp"), annualRateBp },
        { QStringLiteral("grace_days"), graceDays }, { QStringLiteral("flat_fee"), toObject(flatFeeMinor) },
        { QStringLiteral("minimum"), toObject(minimumMinor) } };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString LateFeePolicy::describe(const Currency &currency) const
{
    QStringList parts;
    if (annualRateBp > 0)
        parts << tr("Interest of %1 % a year on amounts overdue, per day (actual/365), from day %2 past due.")
                     .arg(formatScaledDecimal(annualRateBp, 2), QString::number(graceDays + 1));
    if (const qint64 fee = flatFeeMinor.value(currency.code()); fee > 0)
        parts << tr("A flat %1 for each invoice paid late.")
                     .arg(Money(fee, currency).toDecimalString() + QLatin1Char(' ') + currency.code());
    return parts.join(QLatin1Char(' '));
}

QList<LateFeePolicy::Charge> LateFeePolicy::charges(const QList<Item> &items, const QDate &asOf) const
{
    QList<Item> sorted = items;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Item &a, const Item &b) { return a.dueDate < b.dueDate; });
    QList<Charge> result;
    for (const Item &item : std::as_const(sorted)) {
        if (!item.open.isPositive() || item.dueDate.addDays(graceDays) >= asOf)
            continue;
        const Currency &currency = item.open.currency();
        Charge charge { item.number, std::max(item.dueDate, item.chargedUntil).addDays(1), asOf, 0, item.open,
            Money::zero(currency), Money::zero(currency) };
        charge.days = std::max<qint64>(0, charge.from.daysTo(asOf) + 1);
        if (annualRateBp > 0 && charge.days > 0) {
            // open × rate × days / 365 in integers: basis points are 1/10000.
            charge.interest = Money(roundedDivide(WideInt(item.open.minorUnits()) * annualRateBp * charge.days,
                                        WideInt(10000) * 365, RoundingMode::HalfAwayFromZero),
                currency);
        }
        if (!item.feeCharged)
            charge.fee = Money(flatFeeMinor.value(currency.code()), currency);
        if (charge.total().isPositive())
            result.append(charge);
    }
    return result;
}

} // namespace cc
