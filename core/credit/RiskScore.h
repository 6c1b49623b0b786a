// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RiskFacts.h"

#include <QCoreApplication>
#include <QStringList>

namespace cc::credit {

/// An internal risk score from 0 (no concern) to 100, from payment behaviour alone: days
/// beyond terms and their trend, broken promises, disputes and the use of the credit limit.
/// The same facts always give the same score, and every point is explained in words.
class RiskScore {
    Q_DECLARE_TR_FUNCTIONS(RiskScore)

public:
    int score = 0;
    QStringList explanation; ///< one line per factor that added points, with how many

    static RiskScore of(const RiskFacts &facts);
    /// "A" (score below 25) … "D" (75 and above), as customers' risk classes read.
    QString grade() const;
    /// Days until a customer of this grade is reviewed again.
    int reviewIntervalDays() const;
};

} // namespace cc::credit
