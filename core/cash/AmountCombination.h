// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace cc::cash {

/// Which of a customer's open amounts add up to what was paid: a bounded search, since a
/// payment without references still pays a handful of invoices, not dozens.
class AmountCombination {
public:
    struct Limits {
        int maxParts = 5; ///< invoices in one payment
        qint64 maxSteps = 200000; ///< search steps before giving up
    };

    /// Up to `wanted` sets of indexes into `amounts` (all positive) that sum to `target`,
    /// each in ascending index order; items earlier in `amounts` are preferred.
    static QList<QList<int>> find(const QList<qint64> &amounts, qint64 target, int wanted, Limits limits);
    static QList<QList<int>> find(const QList<qint64> &amounts, qint64 target, int wanted)
    {
        return find(amounts, target, wanted, Limits {});
    }
};

} // namespace cc::cash
