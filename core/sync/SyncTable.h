// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace cc::sync {

/// How a column's value is kept in the workspace, next to its text form on the server.
enum class LocalForm {
    Text, ///< the same text; NULL stays NULL
    Integer, ///< an integer
    Date, ///< a Julian day number locally, an ISO date on the server
    Document, ///< a local document id locally, the document number on the server
    Timestamp, ///< ISO 8601 text in UTC ("2026-11-23T09:15:00Z") locally, a timestamptz on the server
    Binary, ///< a BLOB locally, bytea on the server; as text, PostgreSQL's hex form ("\\x0a1b…")
};

struct SyncColumn {
    QString server;
    QString local;
    LocalForm form = LocalForm::Text;

    /// The server's value as the text the workspace compares and stores, as an SQL expression
    /// over the table or its `alias`.
    QString serverText(const QString &alias = {}) const;
};

/// A table whose rows sync field by field: its name and key on both sides and the columns
/// a desktop may change. `customerScoped` tables hang off a customer by customer_id and are
/// pulled all alike. The server's key is the row's identity everywhere. What the workspace
/// derives itself (an invoice's status from its allocations) is not among the columns.
struct SyncTable {
    QString server;
    QString local;
    QString serverKey;
    QString localKey;
    QList<SyncColumn> columns;
    bool customerScoped = false;
    /// Written and removed whole, row by row, with what derives from them refreshed by LocalRows
    /// (a refund's payment's application); no other synced row depends on how they change.
    bool standalone = false;
    /// Its ids are made from the row's content (what a bank sent): a row another desktop
    /// inserted first is the same row, whatever either side has made of it since.
    bool contentKeyed = false;

    const SyncColumn *column(const QString &serverName) const;

    /// The synced table named `serverName` on the server, or null.
    static const SyncTable *named(const QString &serverName);
    static const QList<SyncTable> &all();
};

} // namespace cc::sync
