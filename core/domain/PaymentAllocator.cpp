// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentAllocator.h"

#include <algorithm>

namespace cc {

Money PaymentAllocator::offeredDiscount(const OpenItem &item)
{
    const Money offered = item.terms.earnedDiscount(item.total, item.invoiceDate, item.invoiceDate);
    return offered > item.open ? item.open : offered;
}

Money PaymentAllocator::earnedDiscount(const OpenItem &item, const QDate &paymentDate)
{
    const Money earned = item.terms.earnedDiscount(item.total, item.invoiceDate, paymentDate);
    return earned > item.open ? item.open : earned;
}

PaymentAllocator::Plan PaymentAllocator::suggest(const Money &payment, const QDate &paymentDate, QList<OpenItem> items)
{
    std::stable_sort(items.begin(), items.end(), [](const OpenItem &a, const OpenItem &b) {
        return a.dueDate != b.dueDate ? a.dueDate < b.dueDate : a.number < b.number;
    });
    const Money zero = Money::zero(payment.currency());
    Plan plan { {}, payment, zero };
    for (const OpenItem &item : std::as_const(items)) {
        if (!plan.unapplied.isPositive())
            break;
        if (!item.open.isPositive() || !(item.open.currency() == payment.currency()))
            continue;
        Line line { item.number, zero, zero, zero, false };
        const Money discount = earnedDiscount(item, paymentDate);
        const Money due = item.open - discount;
        if (plan.unapplied >= due) {
            line.cash = due;
            line.discount = discount;
            line.settles = true;
        } else {
            line.cash = plan.unapplied;
            // Short by exactly the discount the terms offered, after its window: the customer
            // took a discount they had not earned.
            const Money offered = offeredDiscount(item);
            if (discount.isZero() && offered.isPositive() && item.open - line.cash == offered)
                line.unearnedDiscount = offered;
        }
        plan.unapplied -= line.cash;
        plan.discounts += line.discount;
        plan.lines << line;
    }
    return plan;
}

QStringList PaymentAllocator::check(
    const Money &payment, const QDate &paymentDate, const QList<OpenItem> &items, const Plan &plan)
{
    QStringList problems;
    Money applied = Money::zero(payment.currency());
    for (const Line &line : plan.lines) {
        const auto item = std::find_if(
            items.cbegin(), items.cend(), [&](const OpenItem &open) { return open.number == line.number; });
        if (item == items.cend()) {
            problems << tr("%1 is not open for this customer").arg(line.number);
            continue;
        }
        if (!(line.cash.currency() == payment.currency()) || !(item->open.currency() == payment.currency())) {
            problems << tr("%1: is in %2, the payment in %3; convert it at a rate first")
                            .arg(line.number, item->open.currency().code(), payment.currency().code());
            continue;
        }
        if (line.cash.isNegative() || line.discount.isNegative())
            problems << tr("%1: amounts cannot be negative").arg(line.number);
        if (line.cash + line.discount > item->open)
            problems << tr("%1: %2 applied is more than the %3 open")
                            .arg(line.number, (line.cash + line.discount).toDecimalString(),
                                item->open.toDecimalString());
        if (line.discount.isPositive()) {
            const Money earned = earnedDiscount(*item, paymentDate);
            if (earned.isZero()) {
                const QDate deadline = item->terms.discountDeadline(item->invoiceDate);
                problems << (deadline.isValid()
                        ? tr("%1: the discount of %2 was not earned: its window ended on %3")
                              .arg(line.number, line.discount.toDecimalString(), deadline.toString(Qt::ISODate))
                        : tr("%1: its terms offer no early-payment discount").arg(line.number));
            } else if (line.discount > earned) {
                problems << tr("%1: the discount of %2 is more than the %3 earned")
                                .arg(line.number, line.discount.toDecimalString(), earned.toDecimalString());
            } else if (line.cash + line.discount != item->open) {
                problems << tr("%1: a discount is earned only by paying the rest in full").arg(line.number);
            }
        }
        applied += line.cash;
    }
    if (applied > payment)
        problems
            << tr("%1 is applied, more than the %2 paid").arg(applied.toDecimalString(), payment.toDecimalString());
    else if (applied + plan.unapplied != payment)
        problems << tr("applied %1 and unapplied %2 do not add up to the %3 paid")
                        .arg(applied.toDecimalString(), plan.unapplied.toDecimalString(), payment.toDecimalString());
    return problems;
}

} // namespace cc
