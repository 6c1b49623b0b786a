// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HtmlPage.h"
#include "domain/Invoice.h"
#include "services/JobControl.h"

namespace cc::documents {

/// An invoice or credit note as the customer receives it, in their language: letterhead and
/// logo, billing address, the lines with discount and tax, tax per rate, totals, terms with
/// due date, discount deadline or installments, and, for euro invoices to be paid by bank
/// transfer, the company's bank details with an ISO 11649 creditor reference and an EPC
/// GiroCode to scan. The layout is a mustache HTML template: the workspace's own (setting
/// invoice.template, a file) or the built-in one. Drafts print marked as such, without
/// number, reference or code.
class InvoiceDocument {
    Q_DECLARE_TR_FUNCTIONS(InvoiceDocument)

public:
    /// The document laid out, ready to print or preview.
    static Result<std::unique_ptr<HtmlPage>> layout(storage::SqlDatabase &db, const Invoice &invoice);
    /// The PDF of the document numbered `number`.
    static Result<QByteArray> render(storage::SqlDatabase &db, const QString &number);
    /// The PDFs of `numbers` as DIR/fileName(number), each written whole, with progress;
    /// returns how many were written.
    static Result<int> renderBatch(
        storage::SqlDatabase &db, const QStringList &numbers, const QString &directory, services::JobControl &control);
    static QString fileName(const QString &number);
    /// What the GiroCode on an invoice says, or an error naming why it has none.
    static Result<QByteArray> giroCode(storage::SqlDatabase &db, const Invoice &invoice);
};

} // namespace cc::documents
