// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BankStatement.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace cc::bank {

/// Reads OFX bank and credit-card statements, SGML (1.x, leaf elements unclosed) and XML (2.x)
/// alike: one statement per STMTRS or CCSTMTRS with its currency, account, ledger balance as the
/// closing balance, and transactions (signed amount, posting date, FITID, name, memo). A field
/// that cannot be read is refused naming the line and element.
class OfxParser {
    Q_DECLARE_TR_FUNCTIONS(OfxParser)

public:
    static bool recognizes(const QByteArray &head);
    static Result<QList<BankStatement>> parse(const QByteArray &content);
};

} // namespace cc::bank
