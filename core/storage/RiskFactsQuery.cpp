// SPDX-License-Identifier: GPL-3.0-or-later
#include "RiskFactsQuery.h"

#include "CreditRequestRepository.h"
#include "PromiseRepository.h"
#include "SalesOrderRepository.h"

namespace cc::storage {

Result<std::optional<double>> RiskFactsQuery::daysBeyondTerms(
    const QString &customerId, const QDate &from, const QDate &to, const QDate &day)
{
    // An invoice settled after `day` was still open on it.
    auto query = m_db.prepare(QStringLiteral(R"sql(
WITH settled AS (
    SELECT total_minor AS weight, due_day,
           CASE WHEN settled_day IS NOT NULL AND settled_day <= ?4 THEN settled_day ELSE ?4 END AS at_day
    FROM invoices
    WHERE customer_id = ?1 AND kind = 0 AND status NOT IN ('draft', 'cancelled') AND invoice_day <= ?4
      AND total_minor > 0
)
SELECT SUM(weight * MAX(0, at_day - due_day)), SUM(weight), COUNT(*)
FROM settled
WHERE at_day BETWEEN ?2 AND ?3 AND (at_day < ?4 OR due_day < ?4)
)sql"));
    if (!query)
        return query.error();
    auto row = query->bind(1, customerId).bind(2, from).bind(3, to).bind(4, day).next();
    if (!row)
        return row.error();
    if (query->int64(2) == 0)
        return std::optional<double>();
    return std::optional<double>(double(query->int64(0)) / double(query->int64(1)));
}

Result<credit::RiskFacts> RiskFactsQuery::of(const QString &customerId, const QDate &day)
{
    credit::RiskFacts facts;
    auto year = daysBeyondTerms(customerId, day.addDays(-364), day, day);
    auto recent = daysBeyondTerms(customerId, day.addDays(-89), day, day);
    auto before = daysBeyondTerms(customerId, day.addDays(-364), day.addDays(-90), day);
    if (!year || !recent || !before)
        return !year ? year.error() : !recent ? recent.error() : before.error();
    facts.daysBeyondTermsYear = year->value_or(0);
    facts.hasRecent = recent->has_value();
    facts.daysBeyondTermsRecent = recent->value_or(0);
    facts.hasBefore = before->has_value();
    facts.daysBeyondTermsBefore = before->value_or(0);

    auto promises = PromiseRepository(m_db).ofCustomer(customerId, day);
    if (!promises)
        return promises.error();
    for (const collections::PromiseState &state : std::as_const(*promises)) {
        if (state.status == collections::PromiseStatus::Broken && state.promise.promisedFor > day.addDays(-365)
            && state.promise.promisedFor <= day)
            ++facts.brokenPromises;
    }

    auto disputes = m_db.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM disputes WHERE customer_id = ?1 AND opened_day > ?2 AND opened_day <= ?3"));
    if (!disputes)
        return disputes.error();
    auto counted = disputes->bind(1, customerId).bind(2, day.addDays(-365)).bind(3, day).next();
    if (!counted)
        return counted.error();
    facts.disputes = int(disputes->int64(0));

    auto currency = m_db.prepare(QStringLiteral("SELECT currency FROM customers WHERE id = ?1"));
    if (!currency)
        return currency.error();
    auto found = currency->bind(1, customerId).next();
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, QStringLiteral("there is no customer %1").arg(customerId));
    auto code = currency->currency(0);
    if (!code)
        return code.error();
    auto position = SalesOrderRepository(m_db).creditPosition(customerId, *code, day, QString());
    if (!position)
        return position.error();
    facts.exposure = position->openReceivables + position->openOrders;
    facts.creditLimit = position->creditLimit;
    return facts;
}

} // namespace cc::storage
