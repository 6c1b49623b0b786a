// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "domain/Invoice.h"
#include "storage/SqlDatabase.h"

#include <QCoreApplication>

namespace cc::services {

/// Drafts of invoices and credit notes: started for a customer, saved as they are edited, and
/// thrown away. Totals and due dates are always derived from the lines and terms, never typed.
/// A draft stays on the desktop that wrote it until it is issued (InvoiceIssuing).
class InvoiceDrafts {
    Q_DECLARE_TR_FUNCTIONS(InvoiceDrafts)

public:
    InvoiceDrafts(storage::SqlDatabase &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    /// A new, unsaved invoice draft for the customer, in their currency and on their terms.
    Result<Invoice> start(const QString &customerId);
    /// A new, unsaved credit note draft for an issued invoice, crediting all its lines; edit
    /// quantities or lines away for a partial credit.
    Result<Invoice> creditNoteFor(const QString &invoiceNumber);
    /// A new, unsaved credit note draft giving back exactly `gross` of an issued invoice, split
    /// over its tax rates (GrossCredit), its lines described as `description`.
    Result<Invoice> creditNoteFor(const QString &invoiceNumber, const Money &gross, const QString &description);
    /// Stores the draft with its total and due date worked out; returns it as stored.
    /// An issued document is refused: corrections go through credit notes.
    Result<Invoice> save(Invoice draft);
    Status discard(qint64 id);

    /// Total (negative for a credit note) and due date from the lines, rounding and terms.
    static void derive(Invoice &draft);

private:
    storage::SqlDatabase &m_db;
    const Clock &m_clock;
};

} // namespace cc::services
