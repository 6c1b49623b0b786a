// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Contact.h"
#include "Money.h"
#include "PaymentTerms.h"

namespace cc {

/// A customer account. Child accounts name their parent; collectors own portfolios.
struct Customer {
    QString id; ///< the customer number, as the ERP knows it
    QString name;
    QString parentId; ///< empty for a top-level account
    Currency currency; ///< billing currency
    Money creditLimit;
    PaymentTerms terms;
    QString riskClass; ///< "A" (low) … "D" (high)
    QString collector; ///< user name of the assigned collector
    QString segment;
    QString language; ///< BCP 47, for letters and emails
    QString billingAddress; ///< as printed on invoices, lines separated by newlines
    QString vatId; ///< the customer's VAT identification number, printed on invoices
    QList<Contact> contacts;
    qint64 rowVersion = 0; ///< the server's version of the row this copy reflects; 0 before the first sync
};

} // namespace cc
