// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportRows.h"
#include "domain/Payment.h"

#include <QCoreApplication>

namespace cc::services {

/// payments.csv: payment_id, customer_id, payment_date, amount and optionally currency (default:
/// the customer's) and invoice_number. A payment naming an invoice is applied to it up to its
/// open amount, dated the payment date; the rest, or a payment naming none, stays unapplied.
/// The named invoice is kept as the payment's reference, so a re-import compares it too.
class PaymentImport final : public ImportRows {
    Q_DECLARE_TR_FUNCTIONS(PaymentImport)

public:
    using ImportRows::ImportRows;

    Status check(ImportFields &fields) override;
    qsizetype pendingCount() const override { return m_pending.size(); }
    Status write(qsizetype index) override;
    /// Recomputes settlement of the invoices paid and application of the payments applied.
    Status finish() override;

private:
    struct Pending {
        Payment payment;
        Money applied; ///< zero: all unapplied
        qint64 invoiceId = 0;
    };

    QList<Pending> m_pending;
    /// Open amount left on each named invoice after the earlier rows of the file.
    QHash<QString, Money> m_open;
    QList<qint64> m_paidInvoices;
};

} // namespace cc::services
