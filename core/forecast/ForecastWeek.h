// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"

#include <QDate>

namespace cc::forecast {

/// One week of the cash forecast in one currency: what is expected in, and the band within
/// which it falls four times in five.
struct ForecastWeek {
    QDate start;
    QDate end;
    Money expected;
    Money low;
    Money high;
};

} // namespace cc::forecast
