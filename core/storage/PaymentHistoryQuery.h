// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"

#include <QDate>

namespace cc::storage {

/// Invoices as payment history: when each was due and when it was settled (its last allocation
/// brought it to zero), for learning and for checking payment-date predictions.
class PaymentHistoryQuery {
public:
    struct Invoice {
        QString number;
        QString customerId;
        QDate issued;
        QDate due;
        QDate settled; ///< invalid while open
        QString currency;
        qint64 openMinor = 0; ///< what was open at the end of the day asked about
    };

    explicit PaymentHistoryQuery(SqlDatabase &db)
        : m_db(db)
    {
    }

    /// Invoices settled on or before `day`: what was known of payments then (without their numbers).
    Result<QList<Invoice>> settledBy(const QDate &day);
    /// Invoices issued on or before `day` and not settled by then (settled later, or still open).
    Result<QList<Invoice>> openOn(const QDate &day);

private:
    Result<QList<Invoice>> select(const QString &sql, const QDate &day);

    SqlDatabase &m_db;
};

} // namespace cc::storage
