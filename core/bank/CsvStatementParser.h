// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BankStatement.h"
#include "CsvStatementMapping.h"

#include <QCoreApplication>

namespace cc::bank {

/// Reads a bank's CSV export as its mapping describes it: one statement per account and currency, from the
/// first booking day to the last. With a balance column each line's balance must follow from
/// the one before (oldest or newest first); where it does not, the statement says so. A line
/// that does not read is refused naming its line and column.
class CsvStatementParser {
    Q_DECLARE_TR_FUNCTIONS(CsvStatementParser)

public:
    static Result<QList<BankStatement>> parse(const QByteArray &content, const CsvStatementMapping &mapping);
};

} // namespace cc::bank
