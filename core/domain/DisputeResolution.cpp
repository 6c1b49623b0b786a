// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisputeResolution.h"

namespace cc {

QString DisputeResolution::toText(Kind kind)
{
    switch (kind) {
    case Kind::CreditNote:
        return QStringLiteral("credit_note");
    case Kind::WriteOff:
        return QStringLiteral("write_off");
    case Kind::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

std::optional<DisputeResolution::Kind> DisputeResolution::kindFrom(const QString &text)
{
    for (Kind kind : { Kind::CreditNote, Kind::WriteOff, Kind::Rejected }) {
        if (text == toText(kind))
            return kind;
    }
    return std::nullopt;
}

QString DisputeResolution::toText(State state)
{
    return state == State::Approved ? QStringLiteral("approved") : QStringLiteral("proposed");
}

} // namespace cc
