// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"

#include <QMap>

namespace cc::storage {

/// Cash collected on the invoices that were open at a day: payments applied to them afterwards,
/// by day and currency. What a forecast made that day is measured against.
class CollectedQuery {
public:
    explicit CollectedQuery(SqlDatabase &db)
        : m_db(db)
    {
    }

    /// Per currency code and day from `from` to `to`, what payments applied to the invoices
    /// open at the end of `openOn`.
    Result<QMap<QString, QMap<QDate, qint64>>> byDay(const QDate &openOn, const QDate &from, const QDate &to);

private:
    SqlDatabase &m_db;
};

} // namespace cc::storage
