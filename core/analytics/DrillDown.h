// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QStringList>
#include <limits>
#include <optional>

namespace cc::analytics {

/// Which documents lie behind a chart element: those open on a day, narrowed by days past due
/// (an aging bucket), collector, currency, customer, or to invoices alone (receivables, as the
/// KPIs count them).
struct DrillDown {
    QDate asOf;
    int minDaysPastDue = std::numeric_limits<int>::min(); ///< exclusive
    int maxDaysPastDue = std::numeric_limits<int>::max(); ///< inclusive
    std::optional<QString> collector; ///< empty string: unassigned
    QString currency;
    QStringList leftOut; ///< currencies the element leaves out (no rate into the base)
    QString customerId;
    bool invoicesOnly = false;
};

/// One document behind a chart element, with what was open of it on the day.
struct DrillDownRow {
    qint64 invoiceId = 0;
    QString number;
    QString customerId;
    QString customerName;
    QString collector;
    QDate invoiceDate;
    QDate dueDate;
    Money open;
    int daysPastDue = 0;
};

} // namespace cc::analytics
