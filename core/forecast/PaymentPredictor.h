// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>

namespace cc::forecast {

/// Learns how many days after their due date customers pay, and predicts when an open invoice
/// will be paid. A customer's delay is the mean of their paid invoices' delays weighted toward
/// recent ones (half the weight every `HalfLifeDays`), drawn toward the mean of everyone by
/// `PriorWeight` invoices' worth, so a customer with little history looks like the rest and a
/// new customer pays as everyone does (on terms shifted by the common delay).
class PaymentPredictor {
public:
    static constexpr double HalfLifeDays = 180;
    static constexpr double PriorWeight = 2;

    /// Learns from an invoice due on `due` and settled on `settled`, as seen on `asOf`.
    void learn(const QString &customerId, const QDate &due, const QDate &settled, const QDate &asOf);
    /// The days after its due date the customer is expected to pay.
    double expectedDelay(const QString &customerId) const;
    /// How far, in days, the customer's payments stray from that (a weighted standard deviation,
    /// drawn toward everyone's like the delay): the width of the forecast's confidence band.
    double delaySpread(const QString &customerId) const;
    /// When an invoice due on `due`, still open on `asOf`, is expected to be paid: never on or
    /// before `asOf`.
    QDate predict(const QString &customerId, const QDate &due, const QDate &asOf) const;

private:
    struct Sums {
        double weight = 0;
        double weightedDelay = 0;
        double weightedSquares = 0;
    };
    Sums m_everyone;
    QHash<QString, Sums> m_customers;
};

} // namespace cc::forecast
