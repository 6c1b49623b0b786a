// SPDX-License-Identifier: GPL-3.0-or-later
#include "RiskScore.h"

#include <algorithm>
#include <cmath>

namespace cc::credit {
namespace {

int capped(double points, int cap)
{
    return std::clamp(int(std::lround(points)), 0, cap);
}

} // namespace

RiskScore RiskScore::of(const RiskFacts &facts)
{
    RiskScore result;
    const auto add = [&result](int points, const QString &why) {
        if (points <= 0)
            return;
        result.score += points;
        result.explanation << tr("+%1: %2").arg(points).arg(why);
    };
    // Half a point per day late on average, up to 35.
    add(capped(facts.daysBeyondTermsYear / 2, 35),
        tr("pays %1 days beyond terms on average over the last 12 months")
            .arg(QString::number(facts.daysBeyondTermsYear, 'f', 1)));
    // Getting later matters even when the average still looks fine: a point per two days.
    if (facts.hasRecent && facts.hasBefore) {
        const double worse = facts.daysBeyondTermsRecent - facts.daysBeyondTermsBefore;
        if (worse >= 5)
            add(capped(worse / 2, 15),
                tr("paying later: %1 days beyond terms in the last 90 days against %2 before")
                    .arg(QString::number(facts.daysBeyondTermsRecent, 'f', 1),
                        QString::number(facts.daysBeyondTermsBefore, 'f', 1)));
    }
    add(std::min(facts.brokenPromises * 6, 20),
        facts.brokenPromises == 1 ? tr("1 broken promise to pay in the last 12 months")
                                  : tr("%1 broken promises to pay in the last 12 months").arg(facts.brokenPromises));
    add(std::min(facts.disputes * 3, 10),
        facts.disputes == 1 ? tr("1 dispute in the last 12 months")
                            : tr("%1 disputes in the last 12 months").arg(facts.disputes));
    const qint64 limit = facts.creditLimit.minorUnits();
    const qint64 exposure = facts.exposure.minorUnits();
    if (exposure > 0 && limit <= 0) {
        add(20, tr("exposure of %1 without a credit limit").arg(facts.exposure.toText()));
    } else if (limit > 0) {
        const qint64 usePercent = exposure * 100 / limit;
        const int points = usePercent > 100 ? 20 : usePercent >= 90 ? 12 : usePercent >= 75 ? 6 : 0;
        add(points,
            tr("uses %1 % of the credit limit (%2 of %3)")
                .arg(usePercent)
                .arg(facts.exposure.toText(), facts.creditLimit.toText()));
    }
    result.score = std::min(result.score, 100);
    if (result.explanation.isEmpty())
        result.explanation << tr("pays on terms, keeps its promises, no disputes, within its limit");
    return result;
}

QString RiskScore::grade() const
{
    return score < 25 ? QStringLiteral("A")
        : score < 50  ? QStringLiteral("B")
        : score < 75  ? QStringLiteral("C")
                      : QStringLiteral("D");
}

int RiskScore::reviewIntervalDays() const
{
    return score < 25 ? 365 : score < 50 ? 180 : score < 75 ? 90 : 30;
}

} // namespace cc::credit
