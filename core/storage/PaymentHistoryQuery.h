// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"

#include <QDate>
#include <QHash>

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
        qint64 totalMinor = 0;
        QString terms; ///< the invoice's payment terms code (open invoices only: installments)
    };

    explicit PaymentHistoryQuery(SqlDatabase &db)
        : m_db(db)
    {
    }

    /// Invoices settled on or before `day`: what was known of payments then (without their numbers).
    Result<QList<Invoice>> settledBy(const QDate &day);
    /// Invoices issued on or before `day` and not settled by then (settled later, or still open).
    Result<QList<Invoice>> openOn(const QDate &day);
    /// Each customer's group for learning payment behaviour: their segment and terms.
    Result<QHash<QString, QString>> customerGroups();

private:
    Result<QList<Invoice>> select(const QString &sql, const QDate &day);

    SqlDatabase &m_db;
};

} // namespace cc::storage
