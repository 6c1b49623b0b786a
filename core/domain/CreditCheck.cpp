// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditCheck.h"

namespace cc {
QStringList CreditCheck::reasonsToHold(const Position &position, const Money &order)
{
    QStringList reasons;
    if (!position.creditHold.isEmpty())
        reasons << tr("the customer is on credit hold: %1").arg(position.creditHold);
    const Money exposure = CreditCheck::exposure(position, order);
    if (!position.creditLimit.isPositive())
        reasons << tr("no credit limit is set for this customer");
    else if (exposure > position.creditLimit)
        reasons << tr("exposure of %1 (open %2, orders %3, this order %4) is over the credit limit of %5")
                       .arg(exposure.toText(), position.openReceivables.toText(), position.openOrders.toText(),
                           order.toText(), position.creditLimit.toText());
    if (position.overdueThreshold && position.overdue > *position.overdueThreshold)
        reasons << tr("%1 overdue is above the threshold of %2")
                       .arg(position.overdue.toText(), position.overdueThreshold->toText());
    return reasons;
}

} // namespace cc
