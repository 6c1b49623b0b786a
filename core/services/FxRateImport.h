// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/SqlDatabase.h"

#include <QCoreApplication>

namespace cc::services {

/// Imports exchange rates from a CSV of `date,base,quote,rate` ("2026-11-24,EUR,USD,1.0834",
/// an optional header row): every row or none; a bad row is refused naming its line and what
/// is wrong. A rate of the same day and pair replaces the one there was.
class FxRateImport {
    Q_DECLARE_TR_FUNCTIONS(FxRateImport)

public:
    /// Returns how many rates were stored.
    static Result<int> fromCsv(storage::SqlDatabase &db, const QString &path);
};

} // namespace cc::services
