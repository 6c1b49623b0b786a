// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace cc::forecast {

/// Money expected in: how much, in which currency, around which day, give or take how many days.
struct ExpectedReceipt {
    QString currency;
    qint64 minor = 0;
    QDate expectedOn;
    double spreadDays = 0; ///< standard deviation of the day
};

} // namespace cc::forecast
