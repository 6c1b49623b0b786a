// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "collections/WorklistAccount.h"

namespace cc::storage {

/// Reads the facts a collector's worklist is scored from, as of a day: each of their
/// customers with money overdue, promises, follow-ups, payment habits and last contact.
/// Documents open on the day are found through the settlement index, as aging does, so a
/// 20,000-account portfolio in a million-document workspace reads in a fraction of a second.
class WorklistQuery {
public:
    explicit WorklistQuery(SqlDatabase &db)
        : m_db(db)
    {
    }

    /// Accounts of `collector` with anything open, a promise or a follow-up on `day`.
    Result<QList<collections::WorklistAccount>> run(const QString &collector, const QDate &day, int promiseMemoryDays);
    /// Marks the account worked (or not) on `day`; kept on this desktop only.
    Status setDone(const QString &customerId, const QDate &day, bool done);

private:
    Status readOpenDocuments(
        const QString &collector, const QDate &day, QHash<QString, collections::WorklistAccount> &accounts);
    Status readCredits(const QString &collector, const QDate &day, QHash<QString, qint64> &credits);
    Status readLateness(const QDate &day, QHash<QString, collections::WorklistAccount> &accounts);
    Status readContacts(QHash<QString, collections::WorklistAccount> &accounts);

    SqlDatabase &m_db;
};

} // namespace cc::storage
