// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dispute.h"

namespace cc {

const QStringList &Dispute::reasonCodes()
{
    static const QStringList codes { QStringLiteral("pricing"), QStringLiteral("quantity"), QStringLiteral("damaged"),
        QStringLiteral("not_received"), QStringLiteral("duplicate_billing"), QStringLiteral("tax"),
        QStringLiteral("other") };
    return codes;
}

int Dispute::slaDays(const QString &reason)
{
    // A duplicate bill is checked at once; goods that did not arrive or arrived damaged need
    // the carrier; the rest needs sales or the tax desk.
    if (reason == QLatin1String("duplicate_billing"))
        return 5;
    if (reason == QLatin1String("damaged") || reason == QLatin1String("not_received"))
        return 14;
    if (reason == QLatin1String("other"))
        return 15;
    return 10;
}

QString Dispute::toText(Status status)
{
    switch (status) {
    case Status::Investigating:
        return QStringLiteral("investigating");
    case Status::Waiting:
        return QStringLiteral("waiting");
    case Status::Resolved:
        return QStringLiteral("resolved");
    case Status::New:
        break;
    }
    return QStringLiteral("new");
}

Dispute::Status Dispute::statusFrom(const QString &text)
{
    for (Status status : { Status::Investigating, Status::Waiting, Status::Resolved }) {
        if (text == toText(status))
            return status;
    }
    return Status::New;
}

bool Dispute::canMove(Status from, Status to)
{
    switch (from) {
    case Status::New:
        return to == Status::Investigating || to == Status::Resolved;
    case Status::Investigating:
        return to == Status::Waiting || to == Status::Resolved;
    case Status::Waiting:
        return to == Status::Investigating || to == Status::Resolved;
    case Status::Resolved:
        return to == Status::Investigating;
    }
    return false;
}

} // namespace cc
