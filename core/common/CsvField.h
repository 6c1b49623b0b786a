// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cc {

/// A CSV field (RFC 4180): quoted, with quotes doubled, when it holds a comma, quote or line break.
inline QString csvField(const QString &text)
{
    const bool plain = !text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'));
    if (plain)
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

} // namespace cc
