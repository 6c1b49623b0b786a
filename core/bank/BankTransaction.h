// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"

#include <QDate>

namespace cc::bank {

/// One booked entry of a bank statement, as the bank reported it: a credit (positive amount)
/// or a debit (negative), with who paid and what they wrote.
struct BankTransaction {
    QString
        entryReference; ///< the bank's entry reference: camt NtryRef, else EndToEndId; MT940 :61: customer reference
    QString bankReference; ///< the account servicer's reference (camt AcctSvcrRef, MT940 bank reference)
    QString endToEndId;
    QDate bookingDate;
    QDate valueDate;
    Money amount; ///< signed: positive for money in
    QString counterpartyName;
    QString counterpartyIban;
    QString counterpartyBic;
    QString remittance; ///< unstructured remittance information, lines joined by spaces
    QString structuredReference; ///< creditor reference (e.g. ISO 11649 RF) from structured remittance
    QString
        transactionCode; ///< bank transaction code (camt domain/family/sub-family or proprietary; MT940 GVC; BAI2 type)
    bool reversal = false;

    /// The end-to-end id, unless the payer gave none ("NOTPROVIDED", as SEPA writes it then).
    QString endToEndReference() const { return endToEndId == QLatin1String("NOTPROVIDED") ? QString() : endToEndId; }
};

} // namespace cc::bank
