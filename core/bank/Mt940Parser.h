// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BankStatement.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace cc::bank {

/// Reads SWIFT MT940 statements (and MT942 interim reports) in the dialects banks write them:
/// with or without the SWIFT block envelope, CR/LF or LF, comma decimals, entry dates across a
/// year's end, and the information to the account owner (:86:) either as German structured
/// subfields (GVC, ?20–?29 and ?60–?63 remittance with SEPA EREF+/SVWZ+ keys, ?31 IBAN, ?32/?33
/// name) or Dutch /TAG/value pairs (NAME, IBAN, REMI, EREF). Refused naming the line and tag
/// when a field cannot be read.
class Mt940Parser {
    Q_DECLARE_TR_FUNCTIONS(Mt940Parser)

public:
    /// Whether `head` (the first bytes of a file) looks like MT940: a :20: and a :25: tag.
    static bool recognizes(const QByteArray &head);
    static Result<QList<BankStatement>> parse(const QByteArray &content);
};

} // namespace cc::bank
