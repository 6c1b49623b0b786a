// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "domain/CreditCheck.h"
#include "domain/SalesOrder.h"

#include <optional>

namespace cc::storage {

/// Sales orders as the workspace holds them (written through the sync outbox), and the
/// customer's credit position an order is checked against.
class SalesOrderRepository {
public:
    explicit SalesOrderRepository(SqlDatabase &db)
        : m_db(db)
    {
    }

    Result<std::optional<SalesOrder>> find(const QString &number);
    /// A customer's orders (every customer's when empty), optionally in one state, newest first.
    Result<QList<SalesOrder>> list(const QString &customerId, std::optional<SalesOrder::Status> status = std::nullopt);
    /// What the customer owes in `currency` on `today` (open documents less unapplied cash, and
    /// what of it is overdue) and their released orders other than `excludedOrder`; the credit
    /// limit, and no overdue threshold (the caller knows the team's).
    Result<CreditCheck::Position> creditPosition(
        const QString &customerId, const Currency &currency, const QDate &today, const QString &excludedOrder);

private:
    SqlDatabase &m_db;
};

} // namespace cc::storage
