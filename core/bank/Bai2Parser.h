// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BankStatement.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace cc::bank {

/// Reads BAI2 cash management files: one statement per account record (03) with its opening
/// (010) and closing (015) ledger balances and transaction details (16) as of its group's date;
/// 88 continuations extend the record before them (more summaries, or more text); amounts carry
/// the currency's implied decimals; type codes 100–399 are credits and 400–699 debits. An
/// account's control total (49) that is not what its records add up to is noted on the statement
/// (some banks' totals follow rules of their own); a record that cannot be read is refused naming
/// its line and record type.
class Bai2Parser {
    Q_DECLARE_TR_FUNCTIONS(Bai2Parser)

public:
    /// Whether `head` (the first bytes of a file) starts like BAI2: a 01 file header record.
    static bool recognizes(const QByteArray &head);
    static Result<QList<BankStatement>> parse(const QByteArray &content);
};

} // namespace cc::bank
