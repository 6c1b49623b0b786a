// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorklistText.h"

namespace cc::services {

using Kind = collections::WorklistReason::Kind;

QString WorklistText::reason(const collections::WorklistReason &r) const
{
    const QString amount = r.amount.currency().code().isEmpty() ? QString() : m_format.format(r.amount);
    const QString date = m_format.date(r.date);
    switch (r.kind) {
    case Kind::Overdue:
        return r.days == 0 ? tr("%1 overdue").arg(amount) : tr("%1 over %n days", nullptr, r.days).arg(amount);
    case Kind::PromiseBroken:
        return tr("promise of %1 broken").arg(date);
    case Kind::PromisePartial:
        return tr("promise of %1 partly kept, %2 missing").arg(date, amount);
    case Kind::PromiseDue:
        return tr("promise of %1 due today").arg(amount);
    case Kind::PromisePending:
        return tr("%1 promised for %2").arg(amount, date);
    case Kind::FollowUpDue:
        return tr("follow-up due %1: %2").arg(date, r.text);
    case Kind::NoContact:
        return tr("no contact for %n days", nullptr, r.days);
    case Kind::NeverContacted:
        return tr("never contacted");
    case Kind::PaysLate:
        return tr("pays %n days late on average", nullptr, r.days);
    case Kind::RiskClass:
        return tr("risk class %1").arg(r.text);
    case Kind::AccountValue:
        return tr("%1 open in all").arg(amount);
    case Kind::Disputed:
        return tr("%1 disputed, not collectible").arg(amount);
    }
    return {};
}

QStringList WorklistText::reasons(const collections::WorklistEntry &entry) const
{
    QStringList words;
    for (const collections::WorklistReason &r : entry.reasons)
        words << reason(r);
    return words;
}

QString WorklistText::summary(const collections::WorklistEntry &entry) const
{
    return reasons(entry).join(QStringLiteral(" · "));
}

} // namespace cc::services
