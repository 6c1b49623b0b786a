// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"

#include <QDate>

namespace cc {

/// Applies part of a payment, or of a credit note, to an invoice, or settles part of it as the
/// early-payment discount granted with a payment. Partial is allowed.
/// `date` is when the money counts against the invoice for aging: the payment's or credit note's date.
struct Allocation {
    QString paymentId; ///< set when a payment pays the invoice
    QString creditNoteNumber; ///< set when a credit note is applied instead
    QString invoiceNumber;
    Money amount;
    QDate date;
    qint64 rowVersion = 0; ///< the server's version of the row this copy reflects; 0 before the first sync
    QString discountPaymentId {}; ///< set when this is the discount granted with that payment
    QString writeOffId {}; ///< set when an approved write-off settles this part of the invoice
};

} // namespace cc
