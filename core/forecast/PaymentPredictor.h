// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>

namespace cc::forecast {

/// Learns how many days after their due date customers pay, and predicts when an open invoice
/// will be paid. A customer's delay is the mean of their paid invoices' delays weighted toward
/// recent ones (half the weight every `HalfLifeDays`), drawn toward the mean of their group
/// (customers of the same segment and terms) by `PriorWeight` invoices' worth; the group's own
/// mean is drawn toward everyone's by `GroupPriorWeight`. So a customer with little history looks
/// like their peers, a new customer pays as their segment on their terms does, and a new segment
/// as everyone does.
class PaymentPredictor {
public:
    static constexpr double HalfLifeDays = 180;
    static constexpr double PriorWeight = 2;
    static constexpr double GroupPriorWeight = 10;

    /// `groupOf`: each customer's group (segment and terms); customers not in it form one group.
    explicit PaymentPredictor(QHash<QString, QString> groupOf = {})
        : m_groupOf(std::move(groupOf))
    {
    }

    /// Learns from an invoice due on `due` and settled on `settled`, as seen on `asOf`.
    void learn(const QString &customerId, const QDate &due, const QDate &settled, const QDate &asOf);
    /// The days after its due date the customer is expected to pay.
    double expectedDelay(const QString &customerId) const;
    /// How far, in days, the customer's payments stray from that (a weighted standard deviation,
    /// drawn toward the group's like the delay): the width of the forecast's confidence band.
    double delaySpread(const QString &customerId) const;
    /// When an invoice due on `due`, still open on `asOf`, is expected to be paid: never on or
    /// before `asOf`.
    QDate predict(const QString &customerId, const QDate &due, const QDate &asOf) const;
    /// The same for a customer whose expected delay is known already (many invoices of one customer).
    static QDate predict(double expectedDelay, const QDate &due, const QDate &asOf);

private:
    struct Sums {
        double weight = 0;
        double weightedDelay = 0;
        double weightedSquares = 0;
    };
    /// The mean delay and mean square of `own`, drawn toward a prior's by `priorWeight`.
    struct Moments {
        double delay = 0;
        double square = 0;
    };
    static Moments drawn(const Sums &own, const Moments &prior, double priorWeight);
    Moments customerMoments(const QString &customerId) const;

    QHash<QString, QString> m_groupOf;
    Sums m_everyone;
    QHash<QString, Sums> m_groups;
    QHash<QString, Sums> m_customers;
};

} // namespace cc::forecast
