// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlStatement.h"

#include "SqlDatabase.h"

#include <sqlite3.h>

namespace cc::storage {

SqlStatement::SqlStatement(SqlStatement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_done(other.m_done)
{
}

SqlStatement::~SqlStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

SqlStatement &SqlStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqlStatement &SqlStatement::bindOrNull(int index, const QString &value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

SqlStatement &SqlStatement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqlStatement &SqlStatement::bindBlob(int index, const QByteArray &bytes)
{
    sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

SqlStatement &SqlStatement::bind(int index, const QDate &date)
{
    return date.isValid() ? bind(index, date.toJulianDay()) : bindNull(index);
}

SqlStatement &SqlStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

int SqlStatement::parameterIndex(const char *name) const
{
    const int index = sqlite3_bind_parameter_index(m_stmt, name);
    Q_ASSERT_X(index > 0, "SqlStatement::bind", name);
    return index;
}

Result<bool> SqlStatement::next()
{
    // Stepping again after SQLITE_DONE would silently re-run the statement.
    if (m_done)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        m_done = true;
        return false;
    }
    return SqlDatabase::errorFor(m_db, rc);
}

Status SqlStatement::forEachRow(const std::function<Status()> &onRow)
{
    while (true) {
        auto row = next();
        if (!row)
            return row.error();
        if (!*row)
            return success();
        if (auto status = onRow(); !status)
            return status;
    }
}

Status SqlStatement::run()
{
    auto stepped = next();
    if (!stepped)
        return stepped.error();
    return success();
}

void SqlStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_done = false;
}

qint64 SqlStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArray SqlStatement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

QString SqlStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QDate SqlStatement::date(int column) const
{
    return isNull(column) ? QDate() : QDate::fromJulianDay(int64(column));
}

Result<Currency> SqlStatement::currency(int column) const
{
    auto parsed = Currency::fromCode(text(column));
    if (!parsed)
        return makeError(ErrorCode::CorruptWorkspace, parsed.error().detail);
    return parsed;
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace cc::storage
