// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgingBuckets.h"

namespace cc {

Result<AgingBuckets> AgingBuckets::parse(QStringView bounds)
{
    QList<int> parsed;
    for (QStringView part : bounds.split(QLatin1Char(','))) {
        bool ok = false;
        const int value = part.trimmed().toInt(&ok);
        if (!ok || value <= 0 || (!parsed.isEmpty() && value <= parsed.last())) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("aging buckets must be increasing positive day counts, e.g. 30,60,90,120"));
        }
        parsed.append(value);
    }
    return AgingBuckets(parsed);
}

QStringList AgingBuckets::keys() const
{
    QStringList names{QStringLiteral("current")};
    int lower = 1;
    for (int bound : m_upperBounds) {
        names.append(QStringLiteral("d%1_%2").arg(lower).arg(bound));
        lower = bound + 1;
    }
    names.append(QStringLiteral("over_%1").arg(m_upperBounds.last()));
    return names;
}

} // namespace cc
