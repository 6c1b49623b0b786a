// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgingQuery.h"
#include "OpenAtDaySql.h"
#include "PaymentRepository.h"

#include <QMap>

namespace cc::storage {

Result<AgingReport> AgingQuery::run(const QDate &asOf, const AgingBuckets &buckets, const QString &customerId)
{
    // Bucket index as a CASE over bound parameters, so the boundaries stay configurable.
    QString bucketCase = QStringLiteral("CASE WHEN :asof - i.due_day <= 0 THEN 0");
    for (int i = 0; i < buckets.upperBounds().size(); ++i)
        bucketCase += QStringLiteral(" WHEN :asof - i.due_day <= :b%1 THEN %2").arg(i).arg(i + 1);
    bucketCase += QStringLiteral(" ELSE %1 END").arg(buckets.upperBounds().size() + 1);

    // Documents settled on or before the as-of date are skipped through the settled_day index,
    // without touching their table pages or allocations; that keeps a 1M-invoice aging fast.
    // The two halves of "open at the date" are separate index ranges, hence the UNION ALL.
    const QString documents = QStringLiteral(R"sql(
    SELECT i.customer_id, i.currency, %1 AS bucket,
           %OPEN% AS open_minor
    FROM invoices i
    WHERE %2 AND i.invoice_day <= :asof
      AND i.status NOT IN ('draft', 'cancelled') AND (:customer IS NULL OR i.customer_id = :customer))sql")
                                  .replace(QLatin1String("%OPEN%"), openAtDaySql(QStringLiteral(":asof")))
                                  .arg(bucketCase);
    const QString rest = PaymentRepository::unappliedSql(QStringLiteral(":asof"));
    const QString unapplied = QStringLiteral(R"sql(
    SELECT p.customer_id, p.currency, -1 AS bucket,
           -%2 AS open_minor
    FROM payments p
    WHERE %1 AND p.payment_day <= :asof AND (:customer IS NULL OR p.customer_id = :customer))sql");
    const QString sql = QStringLiteral("SELECT customer_id, currency, bucket, SUM(open_minor) FROM (%1 UNION ALL %2 "
                                       "UNION ALL %3 UNION ALL %4) WHERE open_minor <> 0 "
                                       "GROUP BY customer_id, currency, bucket")
                            .arg(documents.arg(QStringLiteral("i.settled_day IS NULL")),
                                documents.arg(QStringLiteral("i.settled_day > :asof")),
                                unapplied.arg(QStringLiteral("p.applied_day IS NULL"), rest),
                                unapplied.arg(QStringLiteral("p.applied_day > :asof"), rest));

    auto query = m_db.prepare(sql);
    if (!query)
        return query.error();
    query->bind(":asof", asOf);
    for (int i = 0; i < buckets.upperBounds().size(); ++i)
        query->bind(QStringLiteral(":b%1").arg(i).toLatin1().constData(), buckets.upperBounds()[i]);
    query->bindOrNull(":customer", customerId);

    AgingReport report;
    report.asOf = asOf;
    report.buckets = buckets;
    QMap<QPair<QString, QString>, AgingRow> rows; // ordered by customer, then currency
    if (auto status = query->forEachRow([&]() -> Status {
            auto parsed = query->currency(1);
            if (!parsed)
                return parsed.error();
            const Currency &currency = *parsed;
            auto key = qMakePair(query->text(0), currency.code());
            auto it = rows.find(key);
            if (it == rows.end()) {
                AgingRow row;
                row.customerId = key.first;
                row.unapplied = Money::zero(currency);
                row.buckets = QList<Money>(buckets.count(), Money::zero(currency));
                it = rows.insert(key, row);
            }
            const qint64 bucket = query->int64(2);
            const Money amount(query->int64(3), currency);
            if (bucket < 0)
                it->unapplied += amount;
            else
                it->buckets[bucket] += amount;
            return success();
        });
        !status)
        return status.error();
    report.rows = rows.values();
    report.computeTotals();
    return report;
}

} // namespace cc::storage
