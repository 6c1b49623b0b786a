// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportFields.h"
#include "domain/Customer.h"
#include "storage/SqlDatabase.h"

#include <QCoreApplication>
#include <QHash>

namespace cc::services {

/// One import kind's rules, driven by CsvImporter: every record is checked first, and only
/// when the whole file is clean are the pending rows written, inside the importer's transaction.
class ImportRows {
    Q_DECLARE_TR_FUNCTIONS(ImportRows)

public:
    explicit ImportRows(storage::SqlDatabase &db)
        : m_db(db)
    {
    }
    virtual ~ImportRows() = default;

    /// Checks the record set in `fields`: a clean row becomes pending or counts as unchanged,
    /// a bad one adds problems to `fields`. Only storage failures are errors.
    virtual Status check(ImportFields &fields) = 0;
    virtual qsizetype pendingCount() const = 0;
    int unchangedCount() const { return m_unchanged; }
    /// Writes pending row `index`.
    virtual Status write(qsizetype index) = 0;
    /// Runs after the last write, before the commit.
    virtual Status finish() { return success(); }

protected:
    /// The workspace's customer with this id, if any; each id is read once per import.
    Result<std::optional<Customer>> customer(const QString &id);
    /// Reads the row's required customer_id into `id` and returns that customer, reporting an
    /// unknown one; nothing when the id is empty or unknown.
    Result<std::optional<Customer>> owner(ImportFields &fields, QString &id);
    /// Reports a duplicate key and returns true when `key` was already on an earlier line.
    bool isDuplicate(ImportFields &fields, QStringView column, const QString &key);
    /// Whether an earlier row of the file has this key.
    bool seen(const QString &key) const { return m_keyLines.contains(key); }

    storage::SqlDatabase &m_db;
    int m_unchanged = 0;

private:
    QHash<QString, std::optional<Customer>> m_customers;
    QHash<QString, int> m_keyLines;
};

} // namespace cc::services
