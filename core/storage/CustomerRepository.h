// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "domain/Customer.h"
#include "domain/CustomerSummary.h"

#include <QStringList>
#include <optional>

namespace cc::storage {

/// Customers and their contacts in the workspace.
class CustomerRepository {
public:
    explicit CustomerRepository(SqlDatabase &db)
        : m_db(db)
    {
    }

    /// Inserts or replaces the customer and its contacts (the caller owns the transaction).
    Status save(const Customer &customer);
    Result<std::optional<Customer>> find(const QString &id);
    /// Every customer with balances as of `today`, ordered by name.
    Result<QList<CustomerSummary>> summaries(const QDate &today);
    Result<qint64> count();
    /// ISO codes of the billing currencies in use, sorted: every document is in its customer's currency.
    Result<QStringList> currencies();
    /// User names of the assigned collectors, sorted.
    Result<QStringList> collectors();

    /// Up to `limit` customers whose name or number contains `text` (case and diacritics
    /// ignored), as "id", "name" pairs ordered by name: for pickers.
    Result<QList<std::pair<QString, QString>>> lookup(const QString &text, int limit);

    /// Lower-case, diacritics folded: what search-as-you-type compares against.
    static QString searchKey(const QString &name, const QString &id);

private:
    SqlDatabase &m_db;
};

} // namespace cc::storage
