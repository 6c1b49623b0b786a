// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgingBuckets.h"

#include <limits>

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

std::pair<int, int> AgingBuckets::daysPastDue(int index) const
{
    const int lower = index <= 0 ? std::numeric_limits<int>::min() : index == 1 ? 0 : m_upperBounds[index - 2];
    const int upper = index <= 0       ? 0
        : index > m_upperBounds.size() ? std::numeric_limits<int>::max()
                                       : m_upperBounds[index - 1];
    return { lower, upper };
}

QStringList AgingBuckets::keys() const
{
    QStringList names { QStringLiteral("current") };
    int lower = 1;
    for (int bound : m_upperBounds) {
        names.append(QStringLiteral("d%1_%2").arg(lower).arg(bound));
        lower = bound + 1;
    }
    names.append(QStringLiteral("over_%1").arg(m_upperBounds.last()));
    return names;
}

} // namespace cc
