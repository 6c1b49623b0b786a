// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AgingBuckets.h"
#include "Money.h"

#include <QDate>

namespace cc {

/// Open amounts of one customer in one currency, by bucket. Unapplied cash is negative.
struct AgingRow {
    QString customerId;
    QList<Money> buckets;
    Money unapplied;

    const Currency &currency() const { return unapplied.currency(); }
    /// Sum of all buckets plus unapplied.
    Money total() const;
};

/// Receivables as of a date; rows per customer and currency, totals per currency
/// (currencies are never summed together).
struct AgingReport {
    QDate asOf;
    AgingBuckets buckets;
    QList<AgingRow> rows;
    QList<AgingRow> totals; ///< one per currency, customerId empty

    /// Builds totals from rows.
    void computeTotals();
};

} // namespace cc
