// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cc::services {

/// One CSV record and where it starts in the file.
struct CsvRecord {
    int line = 0; ///< 1-based physical line of the record's first character
    QStringList fields;
};

} // namespace cc::services
