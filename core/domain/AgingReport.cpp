// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgingReport.h"

#include <QMap>

namespace cc {

Money AgingRow::total() const
{
    Money sum = unapplied;
    for (const Money &bucket : buckets)
        sum += bucket;
    return sum;
}

void AgingReport::computeTotals()
{
    QMap<QString, AgingRow> byCurrency;
    for (const AgingRow &row : std::as_const(rows)) {
        auto it = byCurrency.find(row.currency().code());
        if (it == byCurrency.end()) {
            AgingRow empty;
            empty.unapplied = Money::zero(row.currency());
            empty.buckets = QList<Money>(buckets.count(), Money::zero(row.currency()));
            it = byCurrency.insert(row.currency().code(), empty);
        }
        for (int i = 0; i < buckets.count(); ++i)
            it->buckets[i] += row.buckets[i];
        it->unapplied += row.unapplied;
    }
    totals = byCurrency.values();
}

} // namespace cc
