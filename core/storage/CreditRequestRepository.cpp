// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditRequestRepository.h"

#include "FindById.h"

namespace cc::storage {
namespace {

using credit::CreditRequest;

const QString kSelect = QStringLiteral(
    "SELECT id, customer_id, currency, limit_minor, expires_day, justification, requested_by, requested_day, "
    "status, manager_by, cfo_by, decided_day, decision_note FROM credit_requests ");

Result<CreditRequest> requestAt(const SqlStatement &row)
{
    auto currency = row.currency(2);
    if (!currency)
        return currency.error();
    return CreditRequest { row.text(0), row.text(1), Money(row.int64(3), *currency), row.date(4), row.text(5),
        row.text(6), row.date(7), CreditRequest::statusFrom(row.text(8)), row.text(9), row.text(10), row.date(11),
        row.text(12) };
}

} // namespace

Result<std::optional<CreditRequest>> CreditRequestRepository::find(const QString &id)
{
    return findById<CreditRequest>(m_db, kSelect + QStringLiteral("WHERE id = ?1"), id, requestAt);
}

Result<QList<CreditRequest>> CreditRequestRepository::list(const QString &customerId)
{
    auto query = m_db.prepare(kSelect
        + (customerId.isEmpty()
                ? QStringLiteral("WHERE status IN ('requested', 'awaiting_cfo') ORDER BY requested_day, rowid")
                : QStringLiteral("WHERE customer_id = ?1 ORDER BY requested_day DESC, rowid DESC")));
    if (!query)
        return query.error();
    if (!customerId.isEmpty())
        query->bind(1, customerId);
    QList<CreditRequest> requests;
    if (auto read = query->forEachRow([&]() -> Status {
            auto request = requestAt(*query);
            if (!request)
                return request.error();
            requests.append(*request);
            return success();
        });
        !read)
        return read.error();
    return requests;
}

QString CreditRequestRepository::effectiveLimitSql(const QString &customerId, const QString &day)
{
    return QStringLiteral(
        "COALESCE((SELECT r.limit_minor FROM credit_requests r WHERE r.customer_id = %1 AND r.status = 'approved' "
        "AND r.expires_day >= %2 ORDER BY r.decided_day DESC, r.requested_day DESC, r.id DESC LIMIT 1), "
        "(SELECT r.limit_minor FROM credit_requests r WHERE r.customer_id = %1 AND r.status = 'approved' "
        "AND r.expires_day IS NULL ORDER BY r.decided_day DESC, r.requested_day DESC, r.id DESC LIMIT 1), "
        "(SELECT c.credit_limit_minor FROM customers c WHERE c.id = %1))")
        .arg(customerId, day);
}

QString CreditRequestRepository::limitsInForceSql(const QString &day)
{
    // Per customer, the approved request that effectiveLimitSql picks: temporary ones in force
    // first (expires_day IS NULL sorts them before lasting ones), then the latest decided.
    // Correlated over the few requests, not over every customer (no window functions in the
    // SQLite that Debian's SQLCipher carries).
    const QString inForce
        = QStringLiteral("%1.status = 'approved' AND (%1.expires_day IS NULL OR %1.expires_day >= %2)");
    return QStringLiteral(
        "SELECT r.customer_id, r.limit_minor FROM credit_requests r WHERE %1 AND r.id = "
        "(SELECT q.id FROM credit_requests q WHERE q.customer_id = r.customer_id AND %2 "
        "ORDER BY q.expires_day IS NULL, q.decided_day DESC, q.requested_day DESC, q.id DESC LIMIT 1)")
        .arg(inForce.arg(QStringLiteral("r"), day), inForce.arg(QStringLiteral("q"), day));
}

Result<Money> CreditRequestRepository::effectiveLimit(const QString &customerId, const QDate &day)
{
    auto query = m_db.prepare(QStringLiteral("SELECT %1, (SELECT currency FROM customers WHERE id = ?1)")
                                  .arg(effectiveLimitSql(QStringLiteral("?1"), QStringLiteral("?2"))));
    if (!query)
        return query.error();
    auto row = query->bind(1, customerId).bind(2, day).next();
    if (!row)
        return row.error();
    if (!*row || query->isNull(1))
        return makeError(ErrorCode::NotFound, QStringLiteral("there is no customer %1").arg(customerId));
    auto currency = query->currency(1);
    if (!currency)
        return currency.error();
    return Money(query->int64(0), *currency);
}

} // namespace cc::storage
