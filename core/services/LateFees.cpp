// SPDX-License-Identifier: GPL-3.0-or-later
#include "LateFees.h"

#include "InvoiceDrafts.h"
#include "TeamSettings.h"
#include "common/RowId.h"
#include "domain/Rounding.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/Transaction.h"
#include "sync/Outbox.h"

namespace cc::services {

const QString LateFees::PolicyKey = QStringLiteral("late_fees.policy");

Result<LateFeePolicy> LateFees::policy()
{
    auto stored = TeamSettings(m_db, m_clock).value(PolicyKey);
    if (!stored)
        return stored.error();
    return *stored ? LateFeePolicy::fromJson(**stored) : Result<LateFeePolicy>(LateFeePolicy());
}

Status LateFees::setPolicy(const LateFeePolicy &policy)
{
    return TeamSettings(m_db, m_clock).setValue(PolicyKey, policy.toJson());
}

Result<QList<LateFeePolicy::Charge>> LateFees::propose(const QString &customerId, const QDate &asOf)
{
    auto rules = policy();
    if (!rules)
        return rules.error();
    auto customer = storage::CustomerRepository(m_db).find(customerId);
    if (!customer)
        return customer.error();
    if (!*customer)
        return makeError(ErrorCode::NotFound, tr("there is no customer %1").arg(customerId));
    auto payable = storage::InvoiceRepository(m_db).payableItems(customerId, (*customer)->currency);
    if (!payable)
        return payable.error();
    auto charged = m_db.prepare(QStringLiteral(
        "SELECT MAX(CASE WHEN interest_minor > 0 THEN charged_to END), MAX(fee_minor > 0) FROM late_fee_charges "
        "WHERE invoice_id = (SELECT id FROM invoices WHERE number = ?1)"));
    if (!charged)
        return charged.error();
    QList<LateFeePolicy::Item> items;
    for (const PaymentAllocator::OpenItem &open : std::as_const(*payable)) {
        auto row = charged->bind(1, open.number).next();
        if (!row)
            return row.error();
        items.append({ open.number, open.dueDate, open.open, charged->date(0), charged->int64(1) > 0 });
        charged->reset();
    }
    return rules->charges(items, asOf);
}

Result<Invoice> LateFees::charge(const QString &customerId, const QDate &asOf)
{
    auto rules = policy();
    if (!rules)
        return rules.error();
    if (!rules->chargesAnything())
        return makeError(ErrorCode::InvalidInput, tr("the team has no late-fee policy; set one first"));
    auto charges = propose(customerId, asOf);
    if (!charges)
        return charges.error();
    if (charges->isEmpty())
        return makeError(ErrorCode::InvalidInput,
            tr("nothing of %1 is overdue and not charged yet on %2").arg(customerId, asOf.toString(Qt::ISODate)));
    InvoiceDrafts drafts(m_db, m_clock);
    auto draft = drafts.start(customerId);
    if (!draft)
        return draft;
    const Currency currency = draft->total.currency();
    Money total = Money::zero(currency);
    for (const LateFeePolicy::Charge &c : std::as_const(*charges)) {
        if (c.interest.isPositive()) {
            draft->lines.append({ QStringLiteral("INTEREST"),
                tr("Interest on %1: %2 × %3 % × %4/365 (%5 to %6)")
                    .arg(c.number, c.base.toDecimalString(), formatScaledDecimal(rules->annualRateBp, 2),
                        QString::number(c.days), c.from.toString(Qt::ISODate), c.to.toString(Qt::ISODate)),
                InvoiceLine::QuantityScale, c.interest, 0, 0 });
        }
        if (c.fee.isPositive()) {
            draft->lines.append(
                { QStringLiteral("LATE-FEE"), tr("Flat-rate compensation for paying %1 late").arg(c.number),
                    InvoiceLine::QuantityScale, c.fee, 0, 0 });
        }
        total += c.total();
    }
    const Money minimum(rules->minimumMinor.value(currency.code()), currency);
    if (total < minimum)
        return makeError(ErrorCode::InvalidInput,
            tr("the charges come to %1, less than the policy's minimum of %2; nothing was charged")
                .arg(total.toDecimalString(), minimum.toDecimalString()));
    draft->invoiceDate = asOf;
    draft->notes = rules->describe(currency);
    auto saved = drafts.save(*draft);
    if (!saved)
        return saved;
    auto recorded = storage::inTransaction(m_db, [&]() -> Status {
        sync::Outbox outbox(m_db, m_clock);
        for (const LateFeePolicy::Charge &c : std::as_const(*charges)) {
            auto inserted = outbox.insert(QStringLiteral("late_fee_charges"), newRowId(),
                { { QStringLiteral("customer_id"), customerId }, { QStringLiteral("invoice_number"), c.number },
                    { QStringLiteral("currency"), currency.code() },
                    { QStringLiteral("charged_from"), c.from.toString(Qt::ISODate) },
                    { QStringLiteral("charged_to"), c.to.toString(Qt::ISODate) },
                    { QStringLiteral("interest_minor"), QString::number(c.interest.minorUnits()) },
                    { QStringLiteral("fee_minor"), QString::number(c.fee.minorUnits()) },
                    { QStringLiteral("charge_draft"), saved->draftId } });
            if (!inserted)
                return inserted.error();
        }
        return success();
    });
    if (!recorded) {
        (void)drafts.discard(saved->id);
        return recorded.error();
    }
    return saved;
}

} // namespace cc::services
