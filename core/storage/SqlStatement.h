// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Currency.h"

#include <QDate>
#include <QString>
#include <functional>

struct sqlite3;
struct sqlite3_stmt;

namespace cc::storage {

/// One prepared SQLCipher statement (RAII). Values are only ever bound, never formatted into SQL.
class SqlStatement {
public:
    SqlStatement(sqlite3 *db, sqlite3_stmt *statement)
        : m_db(db)
        , m_stmt(statement)
    {
    }
    SqlStatement(SqlStatement &&other) noexcept;
    SqlStatement &operator=(SqlStatement &&other) = delete;
    SqlStatement(const SqlStatement &) = delete;
    ~SqlStatement();

    SqlStatement &bind(int index, qint64 value);
    SqlStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    /// Binds text; a null QString binds as '' (use bindOrNull for optional values).
    SqlStatement &bind(int index, const QString &value);
    /// Binds NULL for an empty string, the text otherwise.
    SqlStatement &bindOrNull(int index, const QString &value);
    SqlStatement &bind(int index, const QDate &date); ///< as Julian day number; invalid → NULL
    SqlStatement &bindBlob(int index, const QByteArray &bytes);
    SqlStatement &bindNull(int index);
    /// Binds by ":name"; every occurrence of that name shares the value.
    template <typename T> SqlStatement &bind(const char *name, const T &value)
    {
        return bind(parameterIndex(name), value);
    }
    SqlStatement &bindOrNull(const char *name, const QString &value) { return bindOrNull(parameterIndex(name), value); }

    /// Advances to the next row: true with a row, false when done, or a storage error.
    Result<bool> next();
    /// Calls `onRow` for each row until the rows end or it fails; read columns inside it.
    Status forEachRow(const std::function<Status()> &onRow);
    /// Runs a statement that returns no rows.
    Status run();
    /// Rewinds and clears bindings so the statement can be reused.
    void reset();

    qint64 int64(int column) const;
    QString text(int column) const;
    QDate date(int column) const;
    QByteArray blob(int column) const;
    /// An ISO currency code column; an unknown code means a damaged workspace.
    Result<Currency> currency(int column) const;
    bool isNull(int column) const;

private:
    int parameterIndex(const char *name) const;

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt;
    bool m_done = false;
};

} // namespace cc::storage
