// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "credit/RiskFacts.h"

#include <QDate>

namespace cc::storage {

/// Reads what a customer's risk score weighs, as things stood on a day: nothing after it counts.
class RiskFactsQuery {
public:
    explicit RiskFactsQuery(SqlDatabase &db)
        : m_db(db)
    {
    }

    Result<credit::RiskFacts> of(const QString &customerId, const QDate &day);

private:
    /// Amount-weighted days beyond terms of invoices paid from `from` to `day`, or open and past
    /// due on `day`; nothing when there are none.
    Result<std::optional<double>> daysBeyondTerms(
        const QString &customerId, const QDate &from, const QDate &to, const QDate &day);

    SqlDatabase &m_db;
};

} // namespace cc::storage
