// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace cc::ui {

/// The few colours CashCycle adds to the platform palette, chosen to read on light and dark themes.
class Theme {
public:
    /// Overdue amounts, exceeded credit limits.
    static QColor warning();
    /// In step, done: the sync status when online.
    static QColor positive();
    /// Needs watching but nothing is wrong yet: offline with edits kept.
    static QColor caution();
    /// Fill of aging bucket `index` of `count`: green for current, through amber, to red.
    static QColor agingBucket(int index, int count);
    /// Unapplied cash in the aging strip.
    static QColor unapplied();
};

} // namespace cc::ui
