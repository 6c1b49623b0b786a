// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace cc::storage {

/// Settings for writing many rows in one transaction: a page cache that holds them (every
/// page evicted from it is encrypted, written, and decrypted again when next touched) and a
/// rollback journal instead of WAL, which would write every new page twice. The connection's
/// own settings come back when this ends. Start it before the transaction begins.
///
/// Into empty tables, loading without their secondary indexes and building each index once,
/// sorted, at the end is several times faster than keeping every index up to date row by row.
class BulkLoad {
public:
    explicit BulkLoad(SqlDatabase &db)
        : m_db(db)
    {
    }
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    Status begin();
    /// Drops the secondary indexes of \a table; call inside the load's transaction, so a
    /// rollback brings them back.
    Status deferIndexes(const QString &table);
    /// Builds the indexes deferIndexes() dropped from \a table again.
    Status restoreIndexes(const QString &table);

private:
    SqlDatabase &m_db;
    std::optional<qint64> m_previousCache;
    QHash<QString, QStringList> m_deferredIndexes;
};

} // namespace cc::storage
