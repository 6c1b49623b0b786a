// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace cc::forecast {

/// Money expected in: how much, in which currency, around which day, give or take how many days,
/// for which invoice and on what grounds.
struct ExpectedReceipt {
    enum class Basis {
        Behaviour, ///< the customer's payment history
        Promise, ///< an open promise to pay
        Dispute, ///< a disputed amount, not before the dispute's service level
    };

    QString currency;
    qint64 minor = 0;
    QDate expectedOn;
    double spreadDays = 0; ///< standard deviation of the day
    QString invoiceNumber;
    QString customerId;
    Basis basis = Basis::Behaviour;
};

} // namespace cc::forecast
