// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorklistStrategy.h"

#include <QJsonArray>

namespace cc::collections {
namespace {

struct WeightField {
    const char *name;
    int WorklistStrategy::*member;
};

constexpr std::array kWeights = {
    WeightField { "overdue", &WorklistStrategy::overdueWeight },
    WeightField { "days_past_due", &WorklistStrategy::daysPastDueWeight },
    WeightField { "lateness", &WorklistStrategy::latenessWeight },
    WeightField { "risk", &WorklistStrategy::riskWeight },
    WeightField { "broken_promise", &WorklistStrategy::brokenPromiseWeight },
    WeightField { "promise_due", &WorklistStrategy::promiseDueWeight },
    WeightField { "promise_pending", &WorklistStrategy::promisePendingWeight },
    WeightField { "no_contact", &WorklistStrategy::noContactWeight },
    WeightField { "value", &WorklistStrategy::valueWeight },
    WeightField { "follow_up", &WorklistStrategy::followUpWeight },
};

Result<qint64> wholeNumber(const QJsonObject &json, const QString &key, qint64 fallback)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isDouble() || value.toDouble() != double(value.toInteger()) || value.toInteger() < 0)
        return makeError(
            ErrorCode::InvalidInput, WorklistStrategy::tr("%1 must be a whole number of at least 0").arg(key));
    return value.toInteger();
}

} // namespace

QJsonObject WorklistStrategy::toJson() const
{
    QJsonObject weights;
    for (const WeightField &field : kWeights)
        weights.insert(QLatin1String(field.name), this->*field.member);
    QJsonArray buckets;
    for (int percent : bucketPercent)
        buckets.append(percent);
    QJsonObject segments;
    for (auto it = segmentPercent.cbegin(); it != segmentPercent.cend(); ++it)
        segments.insert(it.key(), it.value());
    return { { QStringLiteral("weights"), weights }, { QStringLiteral("bucket_percent"), buckets },
        { QStringLiteral("minimum_minor"), minimumMinor }, { QStringLiteral("call_from_minor"), callFromMinor },
        { QStringLiteral("segment_percent"), segments }, { QStringLiteral("promise_memory_days"), promiseMemoryDays } };
}

Result<WorklistStrategy> WorklistStrategy::fromJson(const QJsonObject &json)
{
    WorklistStrategy strategy;
    const QJsonObject weights = json.value(QStringLiteral("weights")).toObject();
    for (const WeightField &field : kWeights) {
        auto weight = wholeNumber(weights, QLatin1String(field.name), strategy.*field.member);
        if (!weight)
            return weight.error();
        strategy.*field.member = int(*weight);
    }
    if (json.contains(QStringLiteral("bucket_percent"))) {
        const QJsonArray buckets = json.value(QStringLiteral("bucket_percent")).toArray();
        if (buckets.size() != int(strategy.bucketPercent.size()))
            return makeError(ErrorCode::InvalidInput, tr("bucket_percent must list four percentages"));
        for (int i = 0; i < buckets.size(); ++i) {
            auto percent = wholeNumber(
                { { QStringLiteral("bucket_percent"), buckets[i] } }, QStringLiteral("bucket_percent"), 0);
            if (!percent)
                return percent.error();
            strategy.bucketPercent[std::size_t(i)] = int(*percent);
        }
    }
    auto minimum = wholeNumber(json, QStringLiteral("minimum_minor"), strategy.minimumMinor);
    auto callFrom = wholeNumber(json, QStringLiteral("call_from_minor"), strategy.callFromMinor);
    auto memory = wholeNumber(json, QStringLiteral("promise_memory_days"), strategy.promiseMemoryDays);
    for (const auto *field : { &minimum, &callFrom, &memory }) {
        if (!*field)
            return field->error();
    }
    strategy.minimumMinor = *minimum;
    strategy.callFromMinor = *callFrom;
    strategy.promiseMemoryDays = int(*memory);
    const QJsonObject segments = json.value(QStringLiteral("segment_percent")).toObject();
    for (auto it = segments.begin(); it != segments.end(); ++it) {
        auto percent = wholeNumber(segments, it.key(), 100);
        if (!percent)
            return percent.error();
        strategy.segmentPercent.insert(it.key(), int(*percent));
    }
    return strategy;
}

} // namespace cc::collections
