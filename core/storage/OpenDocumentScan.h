// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"

#include <functional>

namespace cc::storage {

/// One document open on a day and what was open of it then (negative for a credit note).
struct OpenDocument {
    qint64 id = 0;
    QString number; ///< only when asked for (it is not in the settlement index)
    QString customerId;
    QDate dueDate;
    qint64 openMinor = 0;
};

/// Walks every document open on a day: issued by then, not settled by then, through the
/// settlement index as aging does, so a million-document workspace is read without decrypting
/// the rows of documents nobody asked for. Allocations are looked at only for a document that
/// is partly applied and whose customer is wanted. For worklists and dunning runs.
class OpenDocumentScan {
public:
    struct Options {
        bool invoicesOnly = false; ///< leave credit notes out
        QDate dueBy; ///< only documents due by then; invalid: any
        bool withNumbers = false;
    };

    explicit OpenDocumentScan(SqlDatabase &db)
        : m_db(db)
    {
    }

    /// `wanted` sees each document's customer first; `each` gets the wanted ones.
    Status run(const QDate &day, const Options &options, const std::function<bool(const QString &)> &wanted,
        const std::function<Status(const OpenDocument &)> &each);

private:
    SqlDatabase &m_db;
};

} // namespace cc::storage
