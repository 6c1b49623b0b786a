// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"

#include <QDate>

namespace cc::storage {

/// The numbering series of a workspace without a server: their patterns, and counters that
/// move only inside the transaction that issues, so a failed issue gives its number back.
class NumberingCounters {
public:
    explicit NumberingCounters(SqlDatabase &db)
        : m_db(db)
    {
    }

    Result<QString> pattern(const QString &series);
    /// Every series as (key, pattern), by key.
    Result<QList<std::pair<QString, QString>>> series();
    /// Checks the pattern first; fails naming the problem.
    Status setPattern(const QString &series, const QString &pattern);
    /// The next number of `series` for a document issued on `day`. Call inside the issuing
    /// transaction.
    Result<QString> take(const QString &series, const QDate &day);

private:
    SqlDatabase &m_db;
};

} // namespace cc::storage
