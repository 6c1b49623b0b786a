// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "domain/AgingReport.h"

namespace cc::storage {

/// Computes aging as of any date in one pass of SQL: each document issued on or before the
/// date, less only the allocations dated on or before it, bucketed by days past due;
/// unapplied cash as a negative column. One row per customer and currency.
class AgingQuery {
public:
    explicit AgingQuery(SqlDatabase &db) : m_db(db) {}
    Result<AgingReport> run(const QDate &asOf, const AgingBuckets &buckets, const QString &customerId = {});

private:
    SqlDatabase &m_db;
};

} // namespace cc::storage
