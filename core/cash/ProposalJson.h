// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MatchProposal.h"

namespace cc::cash {

/// Proposals as a bank line keeps them: compact JSON, amounts in minor units of the line's currency.
class ProposalJson {
public:
    static QString write(const QList<MatchProposal> &proposals);
    /// Fails naming what is missing when the text is not what write() makes.
    static Result<QList<MatchProposal>> read(const QString &json, const Currency &currency);
};

} // namespace cc::cash
