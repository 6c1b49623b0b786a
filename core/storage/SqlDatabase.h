// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlStatement.h"
#include "WorkspaceKey.h"

#include <QHash>
#include <memory>

namespace cc::storage {

/// An open, keyed SQLCipher database (RAII over the C API; Debian ships no Qt driver for it).
/// Owned and used by one thread at a time.
class SqlDatabase {
public:
    /// Opens or creates `path`, applies the key before any other statement, sets 4 KiB
    /// cipher pages and verifies the key by reading the schema.
    static Result<std::unique_ptr<SqlDatabase>> open(const QString &path, const WorkspaceKey &key, bool create);
    ~SqlDatabase();
    SqlDatabase(const SqlDatabase &) = delete;
    SqlDatabase &operator=(const SqlDatabase &) = delete;

    Result<SqlStatement> prepare(const QString &sql);
    /// A statement prepared once per connection and reused (reset, bindings cleared):
    /// for the hot insert paths.
    Result<SqlStatement *> cached(const QString &sql);
    /// Runs one or more statements without parameters (schema, pragmas).
    Status execute(const QString &sql);
    Result<qint64> scalar(const QString &sql);

    /// Row id of the last INSERT and row count of the last change on this connection
    /// (straight from the C API: a SELECT would re-read the encrypted schema page).
    qint64 lastInsertId() const;
    qint64 changes() const;

    /// Transactions nest: inside one, begin() opens a savepoint, so a service that writes in a
    /// transaction of its own can be part of a larger one.
    Status begin();
    Status commit();
    void rollback();

    /// Maps an SQLite result code to a core error.
    static Error errorFor(sqlite3 *db, int rc);

private:
    explicit SqlDatabase(sqlite3 *db)
        : m_db(db)
    {
    }
    sqlite3 *m_db;
    int m_transactionDepth = 0;
    QHash<QString, std::shared_ptr<SqlStatement>> m_cache;
};

} // namespace cc::storage
