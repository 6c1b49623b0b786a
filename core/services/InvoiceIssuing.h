// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "domain/Invoice.h"
#include "storage/SqlDatabase.h"

#include <QCoreApplication>

namespace cc::server {
class PgConnection;
}

namespace cc::services {

/// Turns a draft into an issued invoice or credit note with the next number of its series.
/// The number is taken in the same transaction that stores the document, so a failure gives
/// it back: no number is skipped or used twice. With a server, the server's counters decide
/// (cashcycle_issue_document), so desktops issuing at once never clash; without one, the
/// workspace's do. An issued credit note is applied to the invoice it corrects at once.
class InvoiceIssuing {
    Q_DECLARE_TR_FUNCTIONS(InvoiceIssuing)

public:
    InvoiceIssuing(storage::SqlDatabase &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    static QString seriesFor(DocumentKind kind);

    /// Issues with a number from this workspace's counters; refused in a workspace that
    /// syncs with a server.
    Result<Invoice> issue(qint64 draftId);
    /// Issues through the server: it numbers and stores the document; the workspace follows.
    /// Issuing the same draft again (an answer lost on the way) returns the number it got.
    Result<Invoice> issueThrough(server::PgConnection &server, qint64 draftId);
    /// Through the server at `serverUri` (libpq URI) when there is one, else with this workspace's counters.
    Result<Invoice> issueWith(const QString &serverUri, qint64 draftId);

private:
    /// The draft as it will be issued, or what stops it, field by field.
    Result<Invoice> prepare(qint64 draftId);
    /// Stores the numbered document in place of its draft and applies a credit note.
    Status recordIssued(const Invoice &document);
    Status applyCredit(const Invoice &creditNote);

    storage::SqlDatabase &m_db;
    const Clock &m_clock;
};

} // namespace cc::services
