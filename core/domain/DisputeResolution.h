// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"

namespace cc {

/// How a dispute ends: the customer is credited (a credit note), the amount is written off, or
/// the dispute is rejected and the amount is to be collected again. Above the team's approval
/// limit for its kind, a resolution is proposed first and a credit manager other than the one
/// who proposed it approves it.
struct DisputeResolution {
    enum class Kind { CreditNote, WriteOff, Rejected };
    enum class State { Proposed, Approved };

    Kind kind = Kind::Rejected;
    Money amount; ///< credited or written off; zero for a rejection
    State state = State::Proposed;
    QString document; ///< the credit note's number or the write-off's id, once approved
    QString proposedBy;
    QString decidedBy;

    static QString toText(Kind kind);
    static std::optional<Kind> kindFrom(const QString &text);
    static QString toText(State state);
};

} // namespace cc
