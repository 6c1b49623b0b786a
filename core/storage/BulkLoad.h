// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"

#include <optional>

namespace cc::storage {

/// Settings for writing many rows in one transaction: a page cache that holds them (every
/// page evicted from it is encrypted, written, and decrypted again when next touched) and a
/// rollback journal instead of WAL, which would write every new page twice. The connection's
/// own settings come back when this ends. Start it before the transaction begins.
class BulkLoad {
public:
    explicit BulkLoad(SqlDatabase &db) : m_db(db) {}
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    Status begin();

private:
    SqlDatabase &m_db;
    std::optional<qint64> m_previousCache;
};

} // namespace cc::storage
