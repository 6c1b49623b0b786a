// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportProblem.h"

#include <QList>

namespace cc::services {

/// Outcome of an import. With any problem nothing was written.
struct ImportReport {
    int inserted = 0;
    int unchanged = 0; ///< rows already in the workspace with identical values
    QList<ImportProblem> problems;

    bool ok() const { return problems.isEmpty(); }
};

} // namespace cc::services
