// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "bank/BankStatement.h"

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

    explicit BankStatementRepository(SqlDatabase &db)
        : m_db(db)
    {
    }

    /// Stores a statement and its new lines; call within a transaction.
    Result<Stored> store(const bank::BankStatement &statement, const QString &fileName, const QString &importedAt);
    /// How many lines are stored in all.
    Result<qint64> lineCount();

    /// What identifies a line across statements: account, day, amount, references and text, and
    /// `occurrence` among identical lines of one statement (two equal payments on one day).
    static QString fingerprint(const QString &account, const bank::BankTransaction &line, int occurrence);

private:
    SqlDatabase &m_db;
};

} // namespace cc::storage
