// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QStringList>

namespace cc::collections {

enum class PromiseStatus {
    Open, ///< not yet due, and not yet covered
    Kept, ///< payments made since the promise cover it, by its date
    Partial, ///< its date has passed with part of it paid
    Broken, ///< its date has passed with nothing paid
    Cancelled, ///< withdrawn by the collector
};

/// A customer's promise to pay an amount by a date, for some invoices or for the account.
/// Its status follows from the payments received between the day it was made and its date.
struct PromiseToPay {
    QString id;
    QString customerId;
    QDate madeOn;
    QDate promisedFor;
    Money amount;
    QStringList invoiceNumbers; ///< empty: any payment of the customer counts
    QString author;
    QString note;
    QDate cancelledOn;

    /// The status on `today`, given what was paid towards it from madeOn up to promisedFor.
    PromiseStatus statusOn(const QDate &today, const Money &paid) const;
};

QString toString(PromiseStatus status);

} // namespace cc::collections
