// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PaymentTerms.h"

#include <QCoreApplication>

namespace cc {

/// How a payment is spread over a customer's open invoices: oldest due first, each invoice
/// paid in full within its discount window taking the early-payment discount it earned.
/// Whatever cash is left stays unapplied credit for later. Every amount is exact: the cash
/// applied plus what is left unapplied is the payment, to the cent.
class PaymentAllocator {
    Q_DECLARE_TR_FUNCTIONS(PaymentAllocator)

public:
    struct OpenItem {
        QString number;
        QDate invoiceDate;
        QDate dueDate;
        Money total; ///< as invoiced: the discount is a share of it
        Money open; ///< what is still to pay
        PaymentTerms terms;
    };
    struct Line {
        QString number;
        Money cash; ///< the payment's money applied to the invoice
        Money discount; ///< the early-payment discount granted with it
        /// A discount the customer deducted though its window had passed: it stays open on
        /// the invoice, for the collector to chase or write off.
        Money unearnedDiscount;
        bool settles = false; ///< cash and discount cover what was open
    };
    struct Plan {
        QList<Line> lines;
        Money unapplied; ///< cash left over: unapplied credit
        Money discounts; ///< granted in all
    };

    /// The suggestion for `payment` received on `paymentDate` (in the invoices' currency;
    /// convert a foreign one with its FxRate first). Items come in any order.
    static Plan suggest(const Money &payment, const QDate &paymentDate, QList<OpenItem> items);
    /// What is wrong with a plan the user changed, line by line ("INV-7: the discount of
    /// 5.90 was not earned: its window ended on 2026-12-04"); empty when it can be posted.
    static QStringList check(
        const Money &payment, const QDate &paymentDate, const QList<OpenItem> &items, const Plan &plan);
    /// The discount `item` earns when paid in full on `paymentDate`, never more than is open.
    static Money earnedDiscount(const OpenItem &item, const QDate &paymentDate);
    /// The discount its terms offer at all, whether or not it is earned on a given day.
    static Money offeredDiscount(const OpenItem &item);
};

} // namespace cc
