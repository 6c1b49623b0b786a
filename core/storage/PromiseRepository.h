// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "collections/PromiseState.h"

namespace cc::storage {

/// Promises to pay in the workspace, and what was paid towards each.
class PromiseRepository {
public:
    explicit PromiseRepository(SqlDatabase &db)
        : m_db(db)
    {
    }

    /// A customer's promises, newest first, with their state on `day`.
    Result<QList<collections::PromiseState>> ofCustomer(const QString &customerId, const QDate &day);
    /// Promises made by `day` that are still open then or came due within `memoryDays`
    /// before it, with their state on `day`, by customer.
    Result<QHash<QString, QList<collections::PromiseState>>> relevantOn(const QDate &day, int memoryDays);
    Result<std::optional<collections::PromiseToPay>> find(const QString &id);
    /// What the customer paid towards the promise from the day it was made up to its date
    /// (or `day`, if earlier): allocations to its invoices, or any payment when it names none.
    Result<Money> paidTowards(const collections::PromiseToPay &promise, const QDate &day);

private:
    Result<collections::PromiseState> stateOf(collections::PromiseToPay promise, const QDate &day);
    Result<QList<collections::PromiseToPay>> read(
        const QString &condition, const std::function<void(SqlStatement &)> &bind);

    SqlDatabase &m_db;
};

} // namespace cc::storage
