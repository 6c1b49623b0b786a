// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportRows.h"
#include "domain/Invoice.h"

#include <QCoreApplication>

namespace cc::services {

/// invoices.csv: invoice_number, customer_id, invoice_date, total and optionally due_date
/// (default: from the customer's payment terms) and currency (default: the customer's, which
/// it must equal). A negative total is a credit note. Imported documents carry no lines.
class InvoiceImport final : public ImportRows {
    Q_DECLARE_TR_FUNCTIONS(InvoiceImport)

public:
    using ImportRows::ImportRows;

    Status check(ImportFields &fields) override;
    qsizetype pendingCount() const override { return m_pending.size(); }
    Status write(qsizetype index) override;

private:
    QList<Invoice> m_pending;
};

} // namespace cc::services
