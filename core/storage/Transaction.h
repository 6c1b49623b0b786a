// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"

#include <functional>

namespace cc::storage {

/// Rolls an unfinished transaction back when it goes out of scope.
class Transaction {
public:
    explicit Transaction(SqlDatabase &db)
        : m_db(db)
    {
    }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Status begin()
    {
        auto status = m_db.begin();
        m_open = status.ok();
        return status;
    }
    Status commit()
    {
        auto status = m_db.commit();
        m_open = !status.ok();
        return status;
    }

private:
    SqlDatabase &m_db;
    bool m_open = false;
};

/// Runs `write` in a transaction: committed when it succeeds, rolled back otherwise.
inline Status inTransaction(SqlDatabase &db, const std::function<Status()> &write)
{
    Transaction transaction(db);
    if (auto status = transaction.begin(); !status)
        return status;
    if (auto status = write(); !status)
        return status;
    return transaction.commit();
}

} // namespace cc::storage
