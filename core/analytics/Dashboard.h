// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Kpis.h"
#include "domain/AgingBuckets.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <optional>

namespace cc::analytics {

/// One bar of an aging chart: a collector's or a currency's receivables by bucket.
struct AgingSeries {
    QString key; ///< collector user name (empty: unassigned) or currency code
    QList<qint64> buckets; ///< base minor units
    qint64 total() const;
};

/// The KPIs as of one month's end.
struct KpiPoint {
    QDate asOf;
    Kpis kpis;
};

/// A customer with the most overdue.
struct OverdueAccount {
    QString customerId;
    QString name;
    qint64 overdueMinor = 0; ///< base minor units
};

/// Promises that came due in a month, and how many of them were kept.
struct PromiseMonth {
    QDate start; ///< exclusive, as KpiPeriod::Month
    QDate end; ///< inclusive
    int due = 0;
    int kept = 0;
    std::optional<double> keptPercent() const;
};

/// Disputes resolved in a month, and how long they took.
struct DisputeMonth {
    QDate start; ///< exclusive
    QDate end; ///< inclusive
    int resolved = 0;
    qint64 cycleDays = 0; ///< summed over those resolved
    std::optional<double> averageCycleDays() const;
};

/// Everything the CFO dashboard shows as of one day, every amount in one base currency at the
/// rates of that day (constant currency: the trend moves with the business, not with rates).
struct Dashboard {
    QDate asOf;
    QString base; ///< currency code
    AgingBuckets buckets;
    QList<qint64> aging; ///< receivables by bucket, as the aging report counts them
    qint64 unapplied = 0; ///< negative: cash not yet applied
    QList<AgingSeries> byCollector; ///< largest first
    QList<AgingSeries> byCurrency; ///< largest first
    QList<KpiPoint> trend; ///< oldest first, one per month
    int kpiWindowMonths = 3;
    QList<OverdueAccount> topOverdue; ///< most overdue first
    QList<PromiseMonth> promises; ///< oldest first
    QList<DisputeMonth> disputes; ///< oldest first
    QStringList withoutRate; ///< currencies left out: no rate into the base on or before asOf

    qint64 agingTotal() const;
};

} // namespace cc::analytics
