// SPDX-License-Identifier: GPL-3.0-or-later
#include "DunningStrategy.h"

#include <QJsonArray>

namespace cc::collections {

DunningStrategy DunningStrategy::standard()
{
    DunningStrategy strategy;
    strategy.levels = {
        { QStringLiteral("Friendly reminder"), -3, -1, QStringLiteral("reminder"), QStringLiteral("email"), 0, 0, {} },
        { QStringLiteral("First notice"), 7, std::nullopt, QStringLiteral("first_notice"), QStringLiteral("email"), 7,
            0, {} },
        { QStringLiteral("Second notice"), 21, std::nullopt, QStringLiteral("second_notice"), QStringLiteral("email"),
            10, 500, {} },
        { QStringLiteral("Final notice"), 35, std::nullopt, QStringLiteral("final_notice"), QStringLiteral("email"), 10,
            1000, {} },
    };
    return strategy;
}

QJsonObject DunningStrategy::toJson() const
{
    QJsonArray list;
    for (const DunningLevel &level : levels) {
        QJsonObject object { { QStringLiteral("name"), level.name },
            { QStringLiteral("min_days_past_due"), level.minDaysPastDue },
            { QStringLiteral("template"), level.templateKey }, { QStringLiteral("channel"), level.channel },
            { QStringLiteral("min_interval_days"), level.minIntervalDays },
            { QStringLiteral("fee_minor"), level.feeMinor },
            { QStringLiteral("segments"), QJsonArray::fromStringList(level.segments) } };
        if (level.maxDaysPastDue)
            object.insert(QStringLiteral("max_days_past_due"), *level.maxDaysPastDue);
        list.append(object);
    }
    return { { QStringLiteral("levels"), list }, { QStringLiteral("minimum_minor"), minimumMinor } };
}

Result<DunningStrategy> DunningStrategy::fromJson(const QJsonObject &json)
{
    DunningStrategy strategy;
    strategy.minimumMinor = json.value(QStringLiteral("minimum_minor")).toInteger(strategy.minimumMinor);
    const QJsonArray list = json.value(QStringLiteral("levels")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject object = value.toObject();
        DunningLevel level;
        level.name = object.value(QStringLiteral("name")).toString();
        level.minDaysPastDue = object.value(QStringLiteral("min_days_past_due")).toInt();
        if (object.contains(QStringLiteral("max_days_past_due")))
            level.maxDaysPastDue = object.value(QStringLiteral("max_days_past_due")).toInt();
        level.templateKey = object.value(QStringLiteral("template")).toString();
        level.channel = object.value(QStringLiteral("channel")).toString(QStringLiteral("email"));
        level.minIntervalDays = object.value(QStringLiteral("min_interval_days")).toInt();
        level.feeMinor = object.value(QStringLiteral("fee_minor")).toInteger();
        for (const QJsonValue &segment : object.value(QStringLiteral("segments")).toArray())
            level.segments << segment.toString();
        strategy.levels << level;
    }
    if (auto valid = strategy.validate(); !valid)
        return valid.error();
    return strategy;
}

Status DunningStrategy::validate() const
{
    if (levels.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("a dunning strategy needs at least one level"));
    if (minimumMinor < 0)
        return makeError(ErrorCode::InvalidInput, tr("the minimum amount cannot be negative"));
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const DunningLevel &level = levels.at(i);
        if (level.name.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput, tr("level %1 has no name").arg(i + 1));
        if (level.templateKey.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput, tr("level %1: choose a template").arg(level.name));
        if (level.channel != QLatin1String("email") && level.channel != QLatin1String("sms"))
            return makeError(ErrorCode::InvalidInput, tr("level %1: the channel must be email or sms").arg(level.name));
        if (level.feeMinor < 0 || level.minIntervalDays < 0)
            return makeError(
                ErrorCode::InvalidInput, tr("level %1: fees and intervals cannot be negative").arg(level.name));
        if (level.maxDaysPastDue && *level.maxDaysPastDue < level.minDaysPastDue)
            return makeError(
                ErrorCode::InvalidInput, tr("level %1: the last day past due comes before the first").arg(level.name));
        if (i > 0 && level.minDaysPastDue < levels.at(i - 1).minDaysPastDue)
            return makeError(
                ErrorCode::InvalidInput, tr("level %1 comes due before the level it follows").arg(level.name));
    }
    return success();
}

} // namespace cc::collections
