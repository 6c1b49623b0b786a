// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BankStatement.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace cc::bank {

/// Reads ISO 20022 bank-to-customer messages: camt.053 statements, camt.052 account reports and
/// camt.054 notifications, schema versions .02 to .08 (elements are matched by local name, so
/// the versions' namespaces differ without mattering). An entry carrying several transactions
/// (a batch booking with details) gives one transaction each. A malformed file is refused
/// naming the line and the element.
class CamtParser {
    Q_DECLARE_TR_FUNCTIONS(CamtParser)

public:
    /// Whether `head` (the first bytes of a file) looks like a camt message.
    static bool recognizes(const QByteArray &head);
    static Result<QList<BankStatement>> parse(const QByteArray &xml);
};

} // namespace cc::bank
