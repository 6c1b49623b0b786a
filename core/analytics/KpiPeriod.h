// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>

namespace cc::analytics {

/// What one currency's receivables did in a stretch of time ending on an as-of date, month by
/// month, in minor units: what the KPIs are computed from.
struct KpiPeriod {
    /// One month of the period, newest first: (start, end], credit sales in it.
    struct Month {
        QDate start; ///< exclusive
        QDate end; ///< inclusive
        qint64 creditSales = 0; ///< invoices less credit notes dated in the month
        int days() const { return int(start.daysTo(end)); }
    };

    QList<Month> months; ///< newest first
    qint64 beginningReceivables = 0; ///< open on the period's first start
    qint64 endingReceivables = 0; ///< open on the as-of date
    qint64 endingCurrent = 0; ///< of that, not yet due

    qint64 creditSales() const;
    /// Adds a day's credit sales to the month it falls in; a day outside the period is not counted.
    void addCreditSales(const QDate &day, qint64 minor);
    int days() const;

    /// The month boundaries of `months` calendar months ending on `asOf`, newest first.
    static QList<Month> monthsEnding(const QDate &asOf, int months);
};

} // namespace cc::analytics
