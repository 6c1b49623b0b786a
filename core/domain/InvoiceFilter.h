// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace cc {

/// Which invoices a list shows. Empty fields do not filter.
struct InvoiceFilter {
    enum class State { All, Open, Settled };
    State state = State::All;
    bool overdueOnly = false; ///< open and past due as of `today`
    QDate today;
    QString currency;
    QString collector;
    QString customerId;
    QString numberPrefix;
};

} // namespace cc
