// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "domain/WriteOff.h"

#include <optional>

namespace cc::storage {

/// Write-offs as the workspace holds them (they are written through the sync outbox).
class WriteOffRepository {
public:
    explicit WriteOffRepository(SqlDatabase &db)
        : m_db(db)
    {
    }

    Result<std::optional<WriteOff>> find(const QString &id);
    /// Every write-off, or those with `status`, oldest request first.
    Result<QList<WriteOff>> list(std::optional<WriteOff::Status> status = std::nullopt);

private:
    SqlDatabase &m_db;
};

} // namespace cc::storage
