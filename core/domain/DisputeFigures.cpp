// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisputeFigures.h"

#include <algorithm>

namespace cc {

DisputeFigures DisputeFigures::of(const QList<Dispute> &disputes, const QDate &today)
{
    DisputeFigures figures;
    qint64 cycleDays = 0;
    for (const Dispute &dispute : disputes) {
        if (dispute.status == Dispute::Status::Resolved) {
            if (dispute.resolvedOn.isValid() && dispute.resolvedOn.daysTo(today) < CycleWindowDays) {
                const int days = int(dispute.openedOn.daysTo(dispute.resolvedOn));
                ++figures.resolved;
                cycleDays += days;
                figures.longestCycleDays = std::max(figures.longestCycleDays, days);
            }
            continue;
        }
        ++figures.open;
        if (dispute.breachesSla(today))
            ++figures.breached;
        const QString code = dispute.amount.currency().code();
        figures.openAmount[code]
            = figures.openAmount.value(code, Money::zero(dispute.amount.currency())) + dispute.amount;
        const qint64 age = dispute.openedOn.daysTo(today);
        const auto bucket
            = std::find_if(AgeLimits.cbegin(), AgeLimits.cend(), [age](int limit) { return age <= limit; });
        ++figures.openByAge[std::size_t(bucket - AgeLimits.cbegin())];
    }
    if (figures.resolved > 0)
        figures.averageCycleDays = double(cycleDays) / figures.resolved;
    return figures;
}

} // namespace cc
