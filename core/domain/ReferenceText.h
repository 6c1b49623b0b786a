// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cc {

/// The ISO 7064 MOD 97-10 remainder that IBANs and ISO 11649 creditor references check
/// with: digits count as themselves, letters A–Z as 10–35. Only digits and ASCII letters
/// may be given (case-insensitive); the number is reduced as it is read, so any length works.
inline int mod97(QStringView alphanumeric)
{
    int remainder = 0;
    for (const QChar c : alphanumeric) {
        const char16_t u = c.toUpper().unicode();
        const int value = u >= u'0' && u <= u'9' ? u - u'0' : u - u'A' + 10;
        remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97;
    }
    return remainder;
}

/// Groups of four characters, the way IBANs and creditor references are printed for people.
inline QString inGroupsOfFour(const QString &electronic)
{
    QString grouped;
    for (qsizetype i = 0; i < electronic.size(); i += 4) {
        if (i > 0)
            grouped += QLatin1Char(' ');
        grouped += electronic.mid(i, 4);
    }
    return grouped;
}

} // namespace cc
