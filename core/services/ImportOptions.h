// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace cc::services {

/// How to read an import file; everything unset is detected.
struct ImportOptions {
    /// ',', ';' or '\t'; detected from the header line when unset.
    std::optional<QChar> delimiter;
    /// Detected when unset: a comma only in files not delimited by commas, with amounts like "1234,56".
    std::optional<QChar> decimalSeparator;
    /// "column = header in the file" lines for exports whose headers no alias covers (docs/csv-import.md).
    QString mappingFile;
};

} // namespace cc::services
