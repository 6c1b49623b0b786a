// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "domain/Dispute.h"

#include <optional>

namespace cc::storage {

/// Disputes as the workspace holds them (written through the sync outbox).
class DisputeRepository {
public:
    explicit DisputeRepository(SqlDatabase &db)
        : m_db(db)
    {
    }

    Result<std::optional<Dispute>> find(const QString &id);
    /// Disputes, unresolved ones only unless `all`, optionally one owner's; oldest first.
    Result<QList<Dispute>> list(bool all, const QString &owner = {});
    /// What is disputed and unresolved on an invoice, other than dispute `except`.
    Result<qint64> disputedMinor(const QString &invoiceNumber, const QString &except = {});

private:
    SqlDatabase &m_db;
};

} // namespace cc::storage
