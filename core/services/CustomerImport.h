// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportRows.h"

#include <QCoreApplication>

namespace cc::services {

/// customers.csv: customer_id, name, currency, and optionally credit_limit, payment_terms
/// (e.g. NET30, the default), collector, email and phone (one contact) and parent_id (a
/// customer in the workspace or on an earlier line).
class CustomerImport final : public ImportRows {
    Q_DECLARE_TR_FUNCTIONS(CustomerImport)

public:
    using ImportRows::ImportRows;

    Status check(ImportFields &fields) override;
    qsizetype pendingCount() const override { return m_pending.size(); }
    Status write(qsizetype index) override;

private:
    /// Reports each field that differs from the customer already in the workspace.
    void compare(ImportFields &fields, const Customer &row, const Customer &existing);

    QList<Customer> m_pending;
};

} // namespace cc::services
