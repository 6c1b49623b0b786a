// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlDatabase.h"

#include <QFile>
#include <sqlite3.h>

namespace cc::storage {

Error SqlDatabase::errorFor(sqlite3 *db, int rc)
{
    const QString message = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
        return makeError(ErrorCode::WrongKey, message);
    case SQLITE_CORRUPT:
        return makeError(ErrorCode::CorruptWorkspace, message);
    case SQLITE_CONSTRAINT: {
        // Only a UNIQUE or PRIMARY KEY violation is a duplicate; a foreign key, CHECK or
        // NOT NULL violation is bad input of another kind.
        const int extended = db ? sqlite3_extended_errcode(db) : rc;
        const bool duplicate = extended == SQLITE_CONSTRAINT_UNIQUE || extended == SQLITE_CONSTRAINT_PRIMARYKEY;
        return makeError(duplicate ? ErrorCode::Duplicate : ErrorCode::InvalidInput, message);
    }
    default:
        return makeError(ErrorCode::Storage, message);
    }
}

Result<std::unique_ptr<SqlDatabase>> SqlDatabase::open(const QString &path, const WorkspaceKey &key, bool create)
{
    sqlite3 *handle = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr);
    std::unique_ptr<SqlDatabase> db(new SqlDatabase(handle));
    if (rc != SQLITE_OK)
        return makeError(
            ErrorCode::Io, QStringLiteral("cannot open %1: %2").arg(path, QString::fromUtf8(sqlite3_errstr(rc))));

    const QByteArray material = key.sqlcipherKeyMaterial();
    if (sqlite3_key(handle, material.constData(), int(material.size())) != SQLITE_OK)
        return errorFor(handle, SQLITE_ERROR);
    // Cipher settings must come between the key and the first read.
    QString pragmas = QStringLiteral("PRAGMA cipher_page_size = 4096;");
    if (key.kind() == WorkspaceKey::Kind::Passphrase)
        pragmas += QStringLiteral("PRAGMA kdf_iter = %1;").arg(WorkspaceKey::PassphraseKdfIterations);
    if (auto status = db->execute(pragmas); !status)
        return status.error();
    // A wrong key is only noticed at the first read.
    if (auto check = db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")); !check)
        return check.error();
    // A 64 MB page cache (the default is 8 MB) keeps the decrypted pages of one analytics pass
    // for the next: the dashboard's passes over a 1M-invoice workspace read the same indexes.
    if (auto status
        = db->execute(QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA temp_store = MEMORY; "
                                     "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;"));
        !status)
        return status.error();
    return db;
}

SqlDatabase::~SqlDatabase()
{
    m_cache.clear();
    sqlite3_close_v2(m_db);
}

Result<SqlStatement> SqlDatabase::prepare(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &statement, nullptr);
    if (rc != SQLITE_OK)
        return errorFor(m_db, rc);
    return SqlStatement(m_db, statement);
}

Result<SqlStatement *> SqlDatabase::cached(const QString &sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        auto statement = prepare(sql);
        if (!statement)
            return statement.error();
        it = m_cache.insert(sql, std::make_shared<SqlStatement>(std::move(statement).value()));
    } else {
        (*it)->reset();
    }
    return it->get();
}

Status SqlDatabase::execute(const QString &sql)
{
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return errorFor(m_db, rc);
    return success();
}

Result<qint64> SqlDatabase::scalar(const QString &sql)
{
    auto statement = prepare(sql);
    if (!statement)
        return statement.error();
    auto row = statement->next();
    if (!row)
        return row.error();
    return *row ? statement->int64(0) : 0;
}

qint64 SqlDatabase::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

qint64 SqlDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

Status SqlDatabase::begin()
{
    auto status = execute(m_transactionDepth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                                  : QStringLiteral("SAVEPOINT nested_%1").arg(m_transactionDepth));
    if (status)
        ++m_transactionDepth;
    return status;
}

Status SqlDatabase::commit()
{
    auto status = execute(m_transactionDepth == 1 ? QStringLiteral("COMMIT")
                                                  : QStringLiteral("RELEASE nested_%1").arg(m_transactionDepth - 1));
    if (status)
        --m_transactionDepth;
    return status;
}

void SqlDatabase::rollback()
{
    if (m_transactionDepth == 0)
        return;
    --m_transactionDepth;
    const QByteArray savepoint = "nested_" + QByteArray::number(m_transactionDepth);
    if (m_transactionDepth == 0)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    else
        sqlite3_exec(
            m_db, ("ROLLBACK TO " + savepoint + "; RELEASE " + savepoint).constData(), nullptr, nullptr, nullptr);
}

} // namespace cc::storage
