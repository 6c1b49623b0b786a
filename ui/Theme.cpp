// SPDX-License-Identifier: GPL-3.0-or-later
#include "Theme.h"

namespace cc::ui {

QColor Theme::warning()
{
    return QColor(0xc6, 0x28, 0x28);
}

QColor Theme::positive()
{
    return QColor(0x2e, 0x7d, 0x32);
}

QColor Theme::caution()
{
    return QColor(0xb2, 0x6a, 0x00);
}

QColor Theme::agingBucket(int index, int count)
{
    // Hue from green (120°) to red (0°); the later buckets are the ones that need attention.
    const int steps = qMax(1, count - 1);
    const int hue = 120 - 120 * qBound(0, index, steps) / steps;
    return QColor::fromHsv(hue, 170, 200);
}

QColor Theme::unapplied()
{
    return QColor(0x5c, 0x7c, 0xb8);
}

} // namespace cc::ui
