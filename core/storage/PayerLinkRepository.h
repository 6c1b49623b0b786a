// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "cash/PayerDirectory.h"
#include "common/Clock.h"

namespace cc::storage {

/// What confirmed matches taught about who pays: an account, a payer's name or a word of the
/// payment's text → the customer. The latest lesson for a key wins.
class PayerLinkRepository {
public:
    enum class Kind { Account, Name, Token };

    PayerLinkRepository(SqlDatabase &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    /// Remembers that `key` stands for `customerId`, as bank line `lineId` showed; for the
    /// server too, so call within a transaction.
    Status learn(Kind kind, const QString &key, const QString &customerId, const QString &lineId, const QString &at);
    /// Forgets what bank line `lineId` taught (its match was undone).
    Status forget(const QString &lineId);
    /// Teaches the directory every link.
    Status loadInto(cash::PayerDirectory &directory);

private:
    SqlDatabase &m_db;
    const Clock &m_clock;
};

} // namespace cc::storage
