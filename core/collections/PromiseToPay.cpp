// SPDX-License-Identifier: GPL-3.0-or-later
#include "PromiseToPay.h"

namespace cc::collections {

PromiseStatus PromiseToPay::statusOn(const QDate &today, const Money &paid) const
{
    if (cancelledOn.isValid() && cancelledOn <= today)
        return PromiseStatus::Cancelled;
    if (paid >= amount)
        return PromiseStatus::Kept;
    // The customer has all of the promised day to pay: it breaks the day after.
    if (today <= promisedFor)
        return PromiseStatus::Open;
    return paid.isPositive() ? PromiseStatus::Partial : PromiseStatus::Broken;
}

QString toString(PromiseStatus status)
{
    switch (status) {
    case PromiseStatus::Open:
        return QStringLiteral("open");
    case PromiseStatus::Kept:
        return QStringLiteral("kept");
    case PromiseStatus::Partial:
        return QStringLiteral("partial");
    case PromiseStatus::Broken:
        return QStringLiteral("broken");
    case PromiseStatus::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}

} // namespace cc::collections
