// SPDX-License-Identifier: GPL-3.0-or-later
#include "KpiQuery.h"

#include "FxRateRepository.h"
#include "OpenAtDaySql.h"

namespace cc::storage {

Result<QMap<QString, KpiQuery::Open>> KpiQuery::openAt(const QDate &day)
{
    // As AgingQuery: documents settled by the day are skipped through the settled_day index.
    // Receivables are what invoices leave open; a credit note's or payment's unused credit is
    // the customer's money, not a negative receivable.
    const QString documents = QStringLiteral(R"sql(
    SELECT i.currency, i.due_day >= :day AS not_due,
           %OPEN% AS open_minor
    FROM invoices i
    WHERE %1 AND i.kind = 0 AND i.invoice_day <= :day AND i.status NOT IN ('draft', 'cancelled'))sql")
                                  .replace(QLatin1String("%OPEN%"), openAtDaySql(QStringLiteral(":day")));
    auto query = m_db.prepare(QStringLiteral("SELECT currency, SUM(open_minor), SUM(CASE WHEN not_due THEN open_minor "
                                             "ELSE 0 END) FROM (%1 UNION ALL %2) GROUP BY currency")
                                  .arg(documents.arg(QStringLiteral("i.settled_day IS NULL")),
                                      documents.arg(QStringLiteral("i.settled_day > :day"))));
    if (!query)
        return query.error();
    query->bind(":day", day);
    QMap<QString, Open> open;
    if (auto read = query->forEachRow([&]() -> Status {
            open.insert(query->text(0), { query->int64(1), query->int64(2) });
            return success();
        });
        !read)
        return read.error();
    return open;
}

Result<QMap<QString, QList<std::pair<QDate, qint64>>>> KpiQuery::dailySales(
    SqlDatabase &db, const QDate &after, const QDate &upTo)
{
    // Grouped in the order of the invoices_sales index, so SQLite streams it without sorting.
    auto sales = db.prepare(QStringLiteral(
        "SELECT currency, invoice_day, SUM(total_minor) FROM invoices WHERE status NOT IN ('draft', 'cancelled') "
        "AND invoice_day > ?1 AND invoice_day <= ?2 GROUP BY invoice_day, currency"));
    if (!sales)
        return sales.error();
    sales->bind(1, after).bind(2, upTo);
    QMap<QString, QList<std::pair<QDate, qint64>>> days;
    if (auto read = sales->forEachRow([&]() -> Status {
            days[sales->text(0)].append({ sales->date(1), sales->int64(2) });
            return success();
        });
        !read)
        return read.error();
    return days;
}

Result<QMap<QString, analytics::KpiPeriod>> KpiQuery::periods(const QDate &asOf, int months)
{
    const QList<analytics::KpiPeriod::Month> boundaries = analytics::KpiPeriod::monthsEnding(asOf, months);
    QMap<QString, analytics::KpiPeriod> periods;
    const auto periodOf = [&](const QString &currency) -> analytics::KpiPeriod & {
        auto it = periods.find(currency);
        if (it == periods.end())
            it = periods.insert(currency, { boundaries, 0, 0, 0 });
        return *it;
    };
    auto sales = dailySales(m_db, boundaries.last().start, asOf);
    if (!sales)
        return sales.error();
    for (auto it = sales->cbegin(); it != sales->cend(); ++it) {
        for (const auto &[day, minor] : it.value())
            periodOf(it.key()).addCreditSales(day, minor);
    }
    auto ending = openAt(asOf);
    auto beginning = openAt(boundaries.last().start);
    if (!ending || !beginning)
        return !ending ? ending.error() : beginning.error();
    for (auto it = ending->cbegin(); it != ending->cend(); ++it) {
        periodOf(it.key()).endingReceivables = it->total;
        periodOf(it.key()).endingCurrent = it->current;
    }
    for (auto it = beginning->cbegin(); it != beginning->cend(); ++it)
        periodOf(it.key()).beginningReceivables = it->total;
    return periods;
}

Result<analytics::KpiPeriod> KpiQuery::periodInBase(const QDate &asOf, int months, const Currency &base)
{
    auto byCurrency = periods(asOf, months);
    if (!byCurrency)
        return byCurrency.error();
    analytics::KpiPeriod total { analytics::KpiPeriod::monthsEnding(asOf, months), 0, 0, 0 };
    FxRateRepository rates(m_db);
    for (auto it = byCurrency->cbegin(); it != byCurrency->cend(); ++it) {
        auto currency = Currency::fromCode(it.key());
        if (!currency)
            return currency.error();
        const auto inBase = [&](qint64 minor) -> Result<qint64> {
            auto converted = rates.convert(Money(minor, *currency), base, asOf);
            if (!converted)
                return converted.error();
            return converted->minorUnits();
        };
        for (int k = 0; k < months; ++k) {
            auto sales = inBase(it->months[k].creditSales);
            if (!sales)
                return sales.error();
            total.months[k].creditSales += *sales;
        }
        for (auto [from, to] : { std::pair { it->beginningReceivables, &total.beginningReceivables },
                 std::pair { it->endingReceivables, &total.endingReceivables },
                 std::pair { it->endingCurrent, &total.endingCurrent } }) {
            auto converted = inBase(from);
            if (!converted)
                return converted.error();
            *to += *converted;
        }
    }
    return total;
}

} // namespace cc::storage
