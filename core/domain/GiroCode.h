// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CreditorReference.h"
#include "Money.h"

#include <optional>

namespace cc {

/// The text of an EPC "GiroCode" (EPC069-12, version 002): the QR code on an invoice that a
/// banking app scans to fill in a SEPA credit transfer. Only euro amounts qualify.
class GiroCode {
    Q_DECLARE_TR_FUNCTIONS(GiroCode)

public:
    struct Transfer {
        QString beneficiaryName;
        QString iban;
        QString bic; ///< optional within the EEA
        Money amount;
        std::optional<CreditorReference> reference; ///< preferred to remittanceText when both are given
        QString remittanceText;
    };

    /// The UTF-8 payload, or an error naming the field the standard does not accept.
    static Result<QByteArray> payload(const Transfer &transfer);
};

} // namespace cc
