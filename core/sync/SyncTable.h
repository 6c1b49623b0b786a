// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace cc::sync {

/// How a column's value is kept in the workspace, next to its text form on the server.
enum class LocalForm {
    Text,     ///< the same text; NULL stays NULL
    Integer,  ///< an integer
    Date,     ///< a Julian day number locally, an ISO date on the server
    Document, ///< a local document id locally, the document number on the server
};

struct SyncColumn {
    QString server;
    QString local;
    LocalForm form = LocalForm::Text;
};

/// A table whose rows sync field by field: its name and key on both sides and the columns
/// a desktop may change. The server's key is the row's identity everywhere. What the workspace
/// derives itself (an invoice's status from its allocations) is not among the columns.
struct SyncTable {
    QString server;
    QString local;
    QString serverKey;
    QString localKey;
    QList<SyncColumn> columns;

    const SyncColumn *column(const QString &serverName) const;

    /// The synced table named `serverName` on the server, or null.
    static const SyncTable *named(const QString &serverName);
    static const QList<SyncTable> &all();
};

} // namespace cc::sync
