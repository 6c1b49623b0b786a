// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "domain/InvoiceSummary.h"

namespace cc::storage {

/// A customer's documents open on a day, with what was open of each then: issued by the day,
/// less only the allocations dated by it (as aging counts them), oldest due first. For
/// letters and statements of any date.
class OpenItemsQuery {
public:
    explicit OpenItemsQuery(SqlDatabase &db)
        : m_db(db)
    {
    }

    Result<QList<InvoiceSummary>> run(const QString &customerId, const QDate &day);

private:
    SqlDatabase &m_db;
};

} // namespace cc::storage
