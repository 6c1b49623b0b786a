// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "credit/CreditRequest.h"

#include <optional>

namespace cc::storage {

/// Credit-limit requests as the workspace holds them (written through the sync outbox), and
/// the limit that follows from them.
class CreditRequestRepository {
public:
    explicit CreditRequestRepository(SqlDatabase &db)
        : m_db(db)
    {
    }

    Result<std::optional<credit::CreditRequest>> find(const QString &id);
    /// A customer's requests, newest first, or with no customer the undecided ones of everyone
    /// (oldest first: the queue).
    Result<QList<credit::CreditRequest>> list(const QString &customerId = {});
    /// The limit in force on `day`: the latest approved temporary limit not expired yet, else
    /// the latest approved lasting one, else the limit the customer came with. The server's
    /// cashcycle_effective_limit reads the same way.
    Result<Money> effectiveLimit(const QString &customerId, const QDate &day);
    /// The same rule as an SQL expression over a customer id parameter and a day parameter.
    static QString effectiveLimitSql(const QString &customerId, const QString &day);
    /// The same rule for every customer at once, as a query of (customer_id, limit_minor) for
    /// those with an approved request in force on `day`; the rest keep their own limit.
    static QString limitsInForceSql(const QString &day);

private:
    SqlDatabase &m_db;
};

} // namespace cc::storage
