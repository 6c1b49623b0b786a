// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportRows.h"
#include "common/Clock.h"
#include "domain/SalesOrder.h"

#include <QCoreApplication>

namespace cc::services {

/// orders.csv: order_number, customer_id, order_date, total and optionally currency (it must
/// be the customer's) and customer_reference. Imported orders are open, to be released through
/// the credit check; they go to the server through the sync outbox like entered ones.
class OrderImport final : public ImportRows {
    Q_DECLARE_TR_FUNCTIONS(OrderImport)

public:
    using ImportRows::ImportRows;

    Status check(ImportFields &fields) override;
    qsizetype pendingCount() const override { return m_pending.size(); }
    Status write(qsizetype index) override;

private:
    QList<SalesOrder> m_pending;
};

} // namespace cc::services
