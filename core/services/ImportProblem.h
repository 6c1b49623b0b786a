// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cc::services {

/// Why one row (or the header) of an import file cannot be imported.
struct ImportProblem {
    int line = 0;   ///< 1-based physical line in the file
    QString column; ///< the file's header for the field, the expected column when missing, empty for the whole row
    QString message;
};

} // namespace cc::services
