// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditReviewRepository.h"

namespace cc::storage {

Result<QList<CreditReviewRepository::Review>> CreditReviewRepository::history(const QString &customerId)
{
    auto query = m_db.prepare(QStringLiteral("SELECT id, customer_id, reviewed_day, reviewed_by, risk_score, note, "
                                             "next_review_day FROM credit_reviews WHERE customer_id = ?1 "
                                             "ORDER BY reviewed_day DESC, rowid DESC"));
    if (!query)
        return query.error();
    query->bind(1, customerId);
    QList<Review> reviews;
    if (auto read = query->forEachRow([&]() -> Status {
            reviews.append({ query->text(0), query->text(1), query->date(2), query->text(3), int(query->int64(4)),
                query->text(5), query->date(6) });
            return success();
        });
        !read)
        return read.error();
    return reviews;
}

Result<QList<CreditReviewRepository::Due>> CreditReviewRepository::dueOn(const QDate &day)
{
    auto query = m_db.prepare(QStringLiteral(R"sql(
WITH latest AS (
    SELECT customer_id, MAX(reviewed_day) AS reviewed_day, MAX(next_review_day) AS next_review_day
    FROM credit_reviews GROUP BY customer_id
)
SELECT c.id, c.name, c.collector, l.reviewed_day, l.next_review_day
FROM customers c LEFT JOIN latest l ON l.customer_id = c.id
WHERE (l.next_review_day IS NULL OR l.next_review_day <= ?1)
  AND (c.credit_limit_minor > 0 OR EXISTS (SELECT 1 FROM invoices i WHERE i.customer_id = c.id
                                           AND i.settled_day IS NULL AND i.status NOT IN ('draft', 'cancelled')))
ORDER BY l.next_review_day IS NOT NULL, l.next_review_day, c.name, c.id
)sql"));
    if (!query)
        return query.error();
    query->bind(1, day);
    QList<Due> due;
    if (auto read = query->forEachRow([&]() -> Status {
            due.append({ query->text(0), query->text(1), query->text(2), query->date(3), query->date(4) });
            return success();
        });
        !read)
        return read.error();
    return due;
}

} // namespace cc::storage
