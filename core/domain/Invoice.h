// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InvoiceTotals.h"

#include <QDate>
#include <optional>

namespace cc {

enum class DocumentKind { Invoice, CreditNote };
enum class InvoiceStatus { Draft, Open, PartiallyPaid, Paid, Cancelled };

/// An invoice or credit note. A credit note carries a negative total. When lines exist the
/// total is derived from them (InvoiceTotals); imported documents may carry only a total.
struct Invoice {
    qint64 id = 0;
    QString number;
    QString customerId;
    DocumentKind kind = DocumentKind::Invoice;
    QDate invoiceDate;
    QDate dueDate;
    Money total;
    InvoiceStatus status = InvoiceStatus::Open;
    QString correctsNumber; ///< the invoice a credit note corrects, if any
    QDate settledOn; ///< when allocations brought the open amount to zero; kept by storage
    QList<InvoiceLine> lines;
    QString terms; ///< payment terms code (PaymentTerms::parse); empty on imported documents
    TaxRounding taxRounding = TaxRounding::PerLine;
    QString customerReference; ///< the customer's order or PO number
    QString notes; ///< printed on the document
    QString draftId; ///< the draft it was issued from; keeps issuing it twice from making two
    QString series; ///< the numbering series that gave the number; empty when imported
    qint64 rowVersion = 0; ///< the server's version of the row this copy reflects; 0 before the first sync
};

QString toString(InvoiceStatus status);
/// Drafts carry this prefix and their draft id until issued; no issued number has it.
inline constexpr QLatin1StringView kDraftNumberPrefix("draft:");
/// The status named `text`, or nothing for a name no status has.
std::optional<InvoiceStatus> invoiceStatusFromString(QStringView text);
/// Sets status and settlement day from the document's allocations, by the rule storage keeps
/// (InvoiceRepository::refreshSettlement): `appliedMinor` is what was allocated to it less
/// what it gave as a credit note, `lastAllocation` the day of its latest allocation. Drafts
/// and cancelled documents keep their status.
void applySettlement(Invoice &document, qint64 appliedMinor, const QDate &lastAllocation);

} // namespace cc
