// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AgingReport.h"

#include <QByteArray>

namespace cc::services {

/// Machine-readable renderings of an aging report; amounts are plain decimal strings in
/// each currency's minor digits, so no reader has to parse locale formats.
class AgingFormatter {
public:
    static QByteArray toJson(const AgingReport &report);
    static QByteArray toCsv(const AgingReport &report);
    /// Fixed-width text for a terminal.
    static QByteArray toTable(const AgingReport &report);
};

} // namespace cc::services
