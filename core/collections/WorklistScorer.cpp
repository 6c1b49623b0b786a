// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorklistScorer.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace cc::collections {
namespace {

constexpr std::array kBucketLowerBounds = { 0, 30, 60, 90 };

// Points for an amount: log10(1 + 100 × amount ÷ reference).
double amountPoints(double amountMinor, qint64 referenceMinor)
{
    return std::log10(1 + 100.0 * amountMinor / double(std::max<qint64>(referenceMinor, 1)));
}

int riskPoints(const QString &riskClass)
{
    if (riskClass == QLatin1String("D"))
        return 10;
    if (riskClass == QLatin1String("C"))
        return 5;
    if (riskClass == QLatin1String("B"))
        return 2;
    return 0;
}

WorklistReason reason(WorklistReason::Kind kind, double points)
{
    WorklistReason r;
    r.kind = kind;
    r.points = points;
    return r;
}

} // namespace

std::optional<WorklistEntry> WorklistScorer::score(
    const WorklistAccount &account, const QDate &day, qint64 referenceMinor) const
{
    const WorklistStrategy &s = m_strategy;
    const int segmentPercent = s.segmentPercent.value(account.segment, 100);
    if (segmentPercent == 0)
        return std::nullopt;
    const Currency &currency = account.currency;
    const qint64 collectible = account.collectibleMinor();

    QList<WorklistReason> reasons;
    QList<WorklistReason> informing;
    if (collectible > 0) {
        double weighted = 0;
        int oldest = 0;
        for (std::size_t b = 0; b < account.overdueMinor.size(); ++b) {
            weighted += double(account.overdueMinor[b]) * s.bucketPercent[b] / 100.0;
            if (account.overdueMinor[b] > 0)
                oldest = int(b);
        }
        // Named by the money in the oldest bucket: "€48,200 over 60 days".
        qint64 inOldest = 0;
        for (std::size_t b = std::size_t(oldest); b < account.overdueMinor.size(); ++b)
            inOldest += account.overdueMinor[b];
        // Days past due have no words of their own: the bucket in the overdue reason says it.
        const double pastDue = s.daysPastDueWeight * std::min(account.oldestDaysPastDue, 180) / 10.0;
        WorklistReason overdue
            = reason(WorklistReason::Kind::Overdue, s.overdueWeight * amountPoints(weighted, referenceMinor) + pastDue);
        overdue.amount = Money(oldest == 0 ? collectible : inOldest, currency);
        overdue.days = kBucketLowerBounds[std::size_t(oldest)];
        reasons << overdue;
    }

    bool promiseDueToday = false;
    bool brokenPromise = false;
    for (const PromiseState &state : account.promises) {
        const PromiseToPay &promise = state.promise;
        if (state.status == PromiseStatus::Broken || state.status == PromiseStatus::Partial) {
            if (promise.promisedFor.daysTo(day) > s.promiseMemoryDays)
                continue;
            brokenPromise = true;
            WorklistReason r = reason(state.status == PromiseStatus::Broken ? WorklistReason::Kind::PromiseBroken
                                                                            : WorklistReason::Kind::PromisePartial,
                s.brokenPromiseWeight);
            r.date = promise.promisedFor;
            r.amount = state.status == PromiseStatus::Broken ? promise.amount : promise.amount - state.paid;
            reasons << r;
        } else if (state.status == PromiseStatus::Open && promise.promisedFor == day) {
            promiseDueToday = true;
            WorklistReason r = reason(WorklistReason::Kind::PromiseDue, s.promiseDueWeight);
            r.amount = promise.amount - state.paid;
            r.date = promise.promisedFor;
            reasons << r;
        } else if (state.status == PromiseStatus::Open) {
            WorklistReason r = reason(WorklistReason::Kind::PromisePending, -s.promisePendingWeight);
            r.amount = promise.amount - state.paid;
            r.date = promise.promisedFor;
            informing << r;
        }
    }
    for (const FollowUpTask &task : account.dueTasks) {
        WorklistReason r = reason(WorklistReason::Kind::FollowUpDue, s.followUpWeight);
        r.text = task.title;
        r.date = task.dueOn;
        reasons << r;
    }
    const bool followUpDue = !account.dueTasks.isEmpty();
    if (collectible < s.minimumMinor && !promiseDueToday && !followUpDue)
        return std::nullopt;

    if (!account.lastContact.isValid()) {
        reasons << reason(WorklistReason::Kind::NeverContacted, s.noContactWeight * 15.0);
    } else if (const qint64 since = account.lastContact.daysTo(day); since >= 7) {
        WorklistReason r
            = reason(WorklistReason::Kind::NoContact, s.noContactWeight * std::min<qint64>(since, 30) / 2.0);
        r.days = int(since);
        reasons << r;
    }
    if (account.averageDaysLate && *account.averageDaysLate >= 5) {
        WorklistReason r
            = reason(WorklistReason::Kind::PaysLate, s.latenessWeight * std::min(*account.averageDaysLate, 60) / 5.0);
        r.days = *account.averageDaysLate;
        reasons << r;
    }
    if (const int risk = riskPoints(account.riskClass); risk > 0) {
        WorklistReason r = reason(WorklistReason::Kind::RiskClass, s.riskWeight * risk);
        r.text = account.riskClass;
        reasons << r;
    }
    const qint64 openTotal = collectible + account.notDueMinor + account.disputedMinor;
    if (openTotal > 0) {
        WorklistReason r = reason(
            WorklistReason::Kind::AccountValue, s.valueWeight * amountPoints(double(openTotal), referenceMinor));
        r.amount = Money(openTotal, currency);
        reasons << r;
    }
    if (account.disputedMinor > 0) {
        WorklistReason r = reason(WorklistReason::Kind::Disputed, 0);
        r.amount = Money(account.disputedMinor, currency);
        informing << r;
    }

    double total = 0;
    for (const WorklistReason &r : std::as_const(reasons))
        total += r.points;
    for (const WorklistReason &r : std::as_const(informing))
        total += r.points;
    std::stable_sort(reasons.begin(), reasons.end(),
        [](const WorklistReason &a, const WorklistReason &b) { return a.points > b.points; });
    reasons.erase(std::remove_if(reasons.begin(), reasons.end(), [](const WorklistReason &r) { return r.points <= 0; }),
        reasons.end());

    WorklistEntry entry;
    entry.customerId = account.customerId;
    entry.name = account.name;
    entry.segment = account.segment;
    entry.collectible = Money(collectible, currency);
    entry.openTotal = Money(openTotal, currency);
    entry.score = std::round(std::max(0.0, total) * segmentPercent / 10.0) / 10.0;
    entry.reasons = reasons + informing;
    entry.done = account.doneToday;
    const bool warrantsCall = collectible >= s.callFromMinor || brokenPromise || promiseDueToday
        || riskPoints(account.riskClass) >= 5 || account.oldestDaysPastDue > 60;
    entry.channel
        = (warrantsCall && account.hasPhone) || !account.hasEmail ? ContactChannel::Call : ContactChannel::Email;
    return entry;
}

QList<WorklistEntry> WorklistScorer::rank(const QList<WorklistAccount> &accounts, const QDate &day) const
{
    // The median overdue amount per currency, over the accounts with any.
    QHash<QString, QList<qint64>> overdue;
    for (const WorklistAccount &account : accounts) {
        if (const qint64 collectible = account.collectibleMinor(); collectible > 0)
            overdue[account.currency.code()] << collectible;
    }
    QHash<QString, qint64> reference;
    for (auto it = overdue.begin(); it != overdue.end(); ++it) {
        QList<qint64> &amounts = it.value();
        const auto middle = amounts.begin() + amounts.size() / 2;
        std::nth_element(amounts.begin(), middle, amounts.end());
        reference.insert(it.key(), *middle);
    }
    QList<WorklistEntry> entries;
    for (const WorklistAccount &account : accounts) {
        const qint64 unit = account.currency.minorPerMajor();
        if (auto entry = score(account, day, reference.value(account.currency.code(), 100 * unit)))
            entries << std::move(*entry);
    }
    std::sort(entries.begin(), entries.end(), [](const WorklistEntry &a, const WorklistEntry &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.collectible.minorUnits() != b.collectible.minorUnits())
            return a.collectible.minorUnits() > b.collectible.minorUnits();
        return a.customerId < b.customerId;
    });
    for (int i = 0; i < entries.size(); ++i)
        entries[i].rank = i + 1;
    return entries;
}

} // namespace cc::collections
