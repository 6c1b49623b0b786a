// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "cash/PayerDirectory.h"

namespace cc::storage {

/// What confirmed matches taught about who pays: an account, a payer's name or a word of the
/// payment's text → the customer. The latest lesson for a key wins.
class PayerLinkRepository {
public:
    enum class Kind { Account, Name, Token };

    explicit PayerLinkRepository(SqlDatabase &db)
        : m_db(db)
    {
    }

    /// Remembers that `key` stands for `customerId`, as bank line `lineId` showed.
    Status learn(Kind kind, const QString &key, const QString &customerId, const QString &lineId, const QString &at);
    /// Forgets what bank line `lineId` taught (its match was undone).
    Status forget(const QString &lineId);
    /// Teaches the directory every link.
    Status loadInto(cash::PayerDirectory &directory);
    /// The customer a key stands for, if any.
    Result<QString> customerFor(Kind kind, const QString &key);

private:
    SqlDatabase &m_db;
};

} // namespace cc::storage
