// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "domain/Invoice.h"
#include "domain/InvoiceFilter.h"
#include "domain/InvoiceSummary.h"
#include "domain/PaymentAllocator.h"

#include <QStringList>
#include <functional>
#include <optional>

namespace cc::storage {

/// Invoices and credit notes with their lines.
class InvoiceRepository {
public:
    explicit InvoiceRepository(SqlDatabase &db)
        : m_db(db)
    {
    }

    /// Inserts a new document with its lines; returns its id. Duplicate numbers fail.
    Result<qint64> insert(const Invoice &invoice);
    /// Inserts the document, or updates the one with its number and replaces its lines;
    /// returns its id. Settlement is left to refreshSettlement().
    Result<qint64> upsert(const Invoice &invoice);
    Status replaceLines(qint64 invoiceId, const QList<InvoiceLine> &lines);
    /// The id of the document numbered `number`, if any.
    Result<std::optional<qint64>> idForNumber(const QString &number);
    Result<std::optional<Invoice>> findByNumber(const QString &number);
    Result<std::optional<Invoice>> findById(qint64 id);
    /// One document by number with its open amount, without lines (a cached statement: imports look up every row).
    Result<std::optional<InvoiceSummary>> summaryByNumber(const QString &number);
    /// A page of documents matching the filter, newest first, with open amounts.
    Result<QList<InvoiceSummary>> list(const InvoiceFilter &filter, int limit, int offset = 0);
    Result<qint64> count(const InvoiceFilter &filter);
    /// Every document the filter lets through, in list order, read a page at a time.
    Result<QList<InvoiceSummary>> listAll(const InvoiceFilter &filter);
    /// Their numbers.
    Result<QStringList> numbers(const InvoiceFilter &filter);
    /// What is still open of one document (zero when settled), in its currency.
    Result<Money> openAmount(qint64 invoiceId);
    /// A customer's issued invoices in `currency` with something open, oldest due first, with
    /// the terms each was issued on (the customer's for an imported one that names none).
    Result<QList<PaymentAllocator::OpenItem>> payableItems(const QString &customerId, const Currency &currency);

    /// Turns a draft into an issued, open document with its number; NotFound when `id` is
    /// no longer a draft.
    Status markIssued(qint64 id, const QString &number, const QString &series, qint64 rowVersion);
    /// Deletes the draft with this draft id, if this workspace still has it as a draft.
    Status dropDraft(const QString &draftId);
    /// What issued credit notes correcting `invoiceNumber` credit in all (a positive amount).
    Result<qint64> creditedMinor(const QString &invoiceNumber);

    /// Recomputes status and settlement day from allocations, for one document or (id 0) all.
    Status refreshSettlement(qint64 invoiceId = 0);

    /// Lines of a document that has none yet.
    Status insertLines(qint64 invoiceId, const QList<InvoiceLine> &lines);

private:
    /// The document (with its lines) matching `condition` on ?1.
    Result<std::optional<Invoice>> find(const QString &condition, const std::function<void(SqlStatement &)> &bindKey);
    static QString whereClause(const InvoiceFilter &filter);
    static void bindFilter(SqlStatement &statement, const InvoiceFilter &filter);

    SqlDatabase &m_db;
};

} // namespace cc::storage
