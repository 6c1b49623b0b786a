// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldValues.h"
#include "SyncTable.h"
#include "storage/SqlDatabase.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

namespace cc::sync {

/// One synced row as the workspace holds it, in the server's form.
struct LocalRow {
    qint64 version = 0;
    FieldValues values;
};

/// Reads and writes synced rows of the workspace field by field, in the server's form, and
/// keeps what the workspace derives from them (settlement, search keys) up to date. Used for
/// local edits, for conflict resolution and for deletes that arrive from the server.
class LocalRows {
    Q_DECLARE_TR_FUNCTIONS(LocalRows)

public:
    explicit LocalRows(storage::SqlDatabase &db)
        : m_db(db)
    {
    }

    Result<std::optional<LocalRow>> read(const SyncTable &table, const QString &key);
    Status update(const SyncTable &table, const QString &key, const FieldValues &values);
    Status insert(const SyncTable &table, const QString &key, const FieldValues &values);
    /// Writes a whole row of a standalone table as the server holds it, new or not.
    Status put(const SyncTable &table, const QString &key, qint64 version, const FieldValues &values);
    /// Removes the row and what hangs off it (a customer's documents and payments, the
    /// allocations of a document or payment); absent rows are not an error.
    Status remove(const SyncTable &table, const QString &key);

private:
    /// Binds the key to ?1 and the columns' values after it, runs, and refreshes what derives.
    Status write(storage::SqlStatement &statement, const SyncTable &table, const QString &key,
        const QList<const SyncColumn *> &columns, const FieldValues &values);
    Status bindValue(storage::SqlStatement &statement, int index, const SyncColumn &column, const QString &value);
    /// Documents and payments whose settlement depends on the given rows' allocations.
    Status collectSettlement(const QString &allocationFilter, const QString &key);
    Status refreshSettlement();
    /// Notes the payment a refund draws on, for refreshSettlement().
    Status collectRefundedPayment(const QString &refundId);
    Status refreshDerived(const SyncTable &table, const QString &key);

    storage::SqlDatabase &m_db;
    QHash<std::pair<QString, quint64>, QString> m_insertSql; ///< by table and the columns given
    QList<qint64> m_documents;
    QStringList m_payments;
};

} // namespace cc::sync
