// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>

namespace cc {

/// How a team charges for late payment, stated on every charge it makes: simple interest at a
/// yearly rate on what is open past its due date (actual days / 365, from the due date or the
/// end of the last charge), after a grace period; optionally a flat fee once per invoice (the
/// EU late-payment directive allows 40 EUR) and a minimum below which nothing is charged.
struct LateFeePolicy {
    Q_DECLARE_TR_FUNCTIONS(LateFeePolicy)

public:
    int annualRateBp = 0; ///< 900 = 9.00 % a year
    int graceDays = 0;
    QMap<QString, qint64> flatFeeMinor; ///< per currency code
    QMap<QString, qint64> minimumMinor; ///< per currency code

    /// The team setting's JSON: {"annual_rate_bp": 900, "grace_days": 5, "flat_fee": {"EUR": 4000},
    /// "minimum": {"EUR": 500}}; refused naming the field that does not read.
    static Result<LateFeePolicy> fromJson(const QString &json);
    QString toJson() const;
    bool chargesAnything() const { return annualRateBp > 0 || !flatFeeMinor.isEmpty(); }
    /// The policy in words, for the notes of a charge in `currency`.
    QString describe(const Currency &currency) const;

    /// An overdue invoice and what was charged on it before.
    struct Item {
        QString number;
        QDate dueDate;
        Money open;
        QDate chargedUntil; ///< interest was charged up to this day; invalid: never
        bool feeCharged = false;
    };
    /// What one invoice costs in late payment as of a day.
    struct Charge {
        QString number;
        QDate from; ///< the first day of interest
        QDate to;
        qint64 days = 0;
        Money base; ///< the open amount interest is charged on
        Money interest;
        Money fee;
        Money total() const { return interest + fee; }
    };

    /// The charges due on `asOf`, oldest due first; nothing for an invoice within its grace
    /// period or already charged to that day. Interest rounds half away from zero to the cent.
    QList<Charge> charges(const QList<Item> &items, const QDate &asOf) const;
};

} // namespace cc
