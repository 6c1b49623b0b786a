// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dispute.h"

#include <QMap>

#include <array>

namespace cc {

/// How the dispute queue stands on a day: what is open and how old, what is past its service
/// level, and how long resolved disputes took (cycle time, opening to resolution).
struct DisputeFigures {
    /// Upper bounds of the age buckets in days: 0–7, 8–14, 15–30, then older.
    static constexpr std::array<int, 3> AgeLimits { 7, 14, 30 };
    /// Resolved disputes count towards the cycle time for this many days.
    static constexpr int CycleWindowDays = 90;

    int open = 0;
    int breached = 0;
    QMap<QString, Money> openAmount; ///< by currency code
    std::array<int, AgeLimits.size() + 1> openByAge {};
    int resolved = 0; ///< within the cycle window
    double averageCycleDays = 0;
    int longestCycleDays = 0;

    static DisputeFigures of(const QList<Dispute> &disputes, const QDate &today);
};

} // namespace cc
