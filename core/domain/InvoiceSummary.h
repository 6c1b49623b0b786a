// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Invoice.h"

namespace cc {

/// One row of an invoice list, with the amount still open.
struct InvoiceSummary {
    qint64 id = 0;
    QString number;
    QString customerId;
    QString customerName;
    QString collector;
    DocumentKind kind = DocumentKind::Invoice;
    QDate invoiceDate;
    QDate dueDate;
    Money total;
    Money open;
    InvoiceStatus status = InvoiceStatus::Open;
};

} // namespace cc
