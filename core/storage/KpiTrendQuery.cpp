// SPDX-License-Identifier: GPL-3.0-or-later
#include "KpiTrendQuery.h"

#include "KpiQuery.h"

#include <algorithm>

namespace cc::storage {

namespace {

/// SQL for the first of boundaries lo…hi − 1 that `column` is on or before (`<=`), or before
/// (`<`), found by halving; past them all (or NULL), hi.
QString intervalOf(const QString &column, const QString &comparison, qsizetype lo, qsizetype hi)
{
    if (lo == hi)
        return QString::number(lo);
    const qsizetype mid = (lo + hi) / 2;
    return QStringLiteral("CASE WHEN %1 %2 :b%3 THEN %4 ELSE %5 END")
        .arg(column, comparison)
        .arg(mid)
        .arg(intervalOf(column, comparison, lo, mid), intervalOf(column, comparison, mid + 1, hi));
}

struct OpenByBoundary {
    QList<qint64> total;
    QList<qint64> current;
};

} // namespace

Result<QMap<QString, QList<analytics::KpiPeriod>>> KpiTrendQuery::run(const QDate &asOf, int points, int windowMonths)
{
    QList<QList<analytics::KpiPeriod::Month>> windows;
    QList<QDate> boundaries;
    for (int p = 0; p < points; ++p) {
        windows.append(analytics::KpiPeriod::monthsEnding(asOf.addMonths(p - points + 1), windowMonths));
        for (const auto &month : windows.last())
            boundaries << month.start << month.end;
    }
    std::sort(boundaries.begin(), boundaries.end());
    boundaries.erase(std::unique(boundaries.begin(), boundaries.end()), boundaries.end());
    const qsizetype count = boundaries.size();

    const QString issued = intervalOf(QStringLiteral("i.invoice_day"), QStringLiteral("<="), 0, count);
    const QString settled = intervalOf(QStringLiteral("i.settled_day"), QStringLiteral("<="), 0, count);
    const QString due = intervalOf(QStringLiteral("i.due_day"), QStringLiteral("<"), 0, count);
    // Only invoices still open on the first boundary or issued later matter; as in KpiQuery, the
    // two halves of that are separate ranges of the settlement index.
    const QString receivables = QStringLiteral(R"sql(
    FROM invoices i %1
    WHERE %2 AND i.kind = 0 AND i.invoice_day <= :last AND i.status NOT IN ('draft', 'cancelled') %3)sql");
    const auto bothHalves = [&](const QString &columns, const QString &join, const QString &condition) {
        const QString select = QStringLiteral("SELECT i.currency, %1 AS issued, %2 AS settled, %3 AS due, %4 ")
                                   .arg(issued, settled, due, columns);
        return select + receivables.arg(join, QStringLiteral("i.settled_day IS NULL"), condition)
            + QStringLiteral(" UNION ALL ") + select
            + receivables.arg(join, QStringLiteral("i.settled_day > :b0"), condition);
    };
    const QString invoiceSql = QStringLiteral("SELECT currency, issued, settled, due, 0, SUM(total_minor) FROM (%1) "
                                              "GROUP BY currency, issued, settled, due")
                                   .arg(bothHalves(QStringLiteral("i.total_minor"), {}, {}));
    // What was paid before the invoice was settled: partial payments, credit notes, write-offs.
    const QString partialSql
        = QStringLiteral("SELECT currency, issued, settled, due, paid, -SUM(amount_minor) FROM (%1) "
                         "GROUP BY currency, issued, settled, due, paid")
              .arg(bothHalves(QStringLiteral("%1 AS paid, a.amount_minor")
                                  .arg(intervalOf(QStringLiteral("a.alloc_day"), QStringLiteral("<="), 0, count)),
                  QStringLiteral("JOIN allocations a ON a.invoice_id = i.id"),
                  QStringLiteral(
                      "AND a.alloc_day <= :last AND (i.settled_day IS NULL OR a.alloc_day < i.settled_day)")));

    QMap<QString, OpenByBoundary> open;
    for (const QString &sql : { invoiceSql, partialSql }) {
        auto query = m_db.prepare(sql);
        if (!query)
            return query.error();
        for (qsizetype j = 0; j < count; ++j)
            query->bind(QStringLiteral(":b%1").arg(j).toLatin1().constData(), boundaries[j]);
        query->bind(":last", boundaries.last());
        if (auto read = query->forEachRow([&]() -> Status {
                auto it = open.find(query->text(0));
                if (it == open.end())
                    it = open.insert(query->text(0), { QList<qint64>(count, 0), QList<qint64>(count, 0) });
                const qint64 settledAfter = query->int64(2);
                const qint64 dueAfter = query->int64(3);
                const qint64 minor = query->int64(5);
                // Open on boundary k: issued and (for a payment) paid by it, not yet settled.
                for (qint64 k = std::max(query->int64(1), query->int64(4)); k < settledAfter && k < count; ++k) {
                    it->total[k] += minor;
                    if (dueAfter > k)
                        it->current[k] += minor;
                }
                return success();
            });
            !read)
            return read.error();
    }

    auto dailySales = KpiQuery::dailySales(m_db, boundaries.first(), boundaries.last());
    if (!dailySales)
        return dailySales.error();

    QStringList currencies = open.keys() + dailySales->keys();
    currencies.removeDuplicates();
    const auto boundaryIndex = [&](const QDate &day) { return boundaries.indexOf(day); };
    QMap<QString, QList<analytics::KpiPeriod>> trend;
    for (const QString &currency : currencies) {
        const OpenByBoundary receivables = open.value(currency, { QList<qint64>(count, 0), QList<qint64>(count, 0) });
        const auto days = dailySales->value(currency);
        QList<analytics::KpiPeriod> periods;
        for (const auto &window : windows) {
            analytics::KpiPeriod period { window, 0, 0, 0 };
            for (const auto &[day, minor] : days)
                period.addCreditSales(day, minor);
            period.beginningReceivables = receivables.total[boundaryIndex(window.last().start)];
            period.endingReceivables = receivables.total[boundaryIndex(window.first().end)];
            period.endingCurrent = receivables.current[boundaryIndex(window.first().end)];
            periods.append(period);
        }
        trend.insert(currency, periods);
    }
    return trend;
}

} // namespace cc::storage
