// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "bank/BankStatement.h"
#include "common/Clock.h"

namespace cc::storage {

/// Imported bank statements and their lines. A statement seen before is not stored twice, and
/// a line already imported (by its fingerprint, from any statement) is skipped.
class BankStatementRepository {
public:
    struct Stored {
        bool newStatement = false;
        int added = 0;
        int duplicates = 0;
    };

    BankStatementRepository(SqlDatabase &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    /// Stores a statement and its new lines, for the server too; call within a transaction.
    Result<Stored> store(const bank::BankStatement &statement, const QString &fileName, const QString &importedAt);
    /// How many lines are stored in all.
    Result<qint64> lineCount();

    /// What identifies a line across statements: account, day, amount, references and text, and
    /// `occurrence` among identical lines of one statement (two equal payments on one day).
    static QString fingerprint(const QString &account, const bank::BankTransaction &line, int occurrence);
    /// A row id (a UUID) made from what identifies the row, the same on every desktop.
    static QString idFrom(const QString &identity);

private:
    SqlDatabase &m_db;
    const Clock &m_clock;
};

} // namespace cc::storage
