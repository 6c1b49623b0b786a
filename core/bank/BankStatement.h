// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BankTransaction.h"

#include <QStringList>
#include <optional>

namespace cc::bank {

/// A statement of one account for one period, as a bank file holds it (a file may hold several).
struct BankStatement {
    QString format; ///< "camt.053", "camt.052", "camt.054", "mt940", "bai2", "ofx", "csv"
    QString statementId; ///< the bank's id of the statement (camt Stmt/Id, MT940 :20:/:28C:)
    QString accountIban;
    QString accountNumber; ///< when the account has no IBAN
    QString currency;
    std::optional<Money> openingBalance;
    std::optional<Money> closingBalance;
    QDate openingDate;
    QDate closingDate;
    QList<BankTransaction> transactions;
    /// What the file itself shows to be off (a BAI2 control total that is not its records' sum):
    /// imported as the bank sent it, and reported.
    QStringList problems;

    /// Opening balance plus the entries, when there is an opening balance.
    std::optional<Money> expectedClosing() const;
    /// False only when both balances are given and the entries do not lead from one to the other.
    bool balances() const;
};

} // namespace cc::bank
