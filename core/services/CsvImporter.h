// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportKind.h"
#include "ImportOptions.h"
#include "ImportReport.h"
#include "JobControl.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace cc::services {

/// Imports customers, invoices or payments from CSV exports of an ERP (formats, header aliases
/// and mapping files: docs/csv-import.md). All or nothing, and idempotent: a row already in the
/// workspace with the same values counts as unchanged; one whose key exists with other values
/// is a problem, never a silent overwrite.
class CsvImporter {
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    explicit CsvImporter(storage::Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    /// Validates the whole file first; writes nothing unless every row is valid, then writes all rows in one
    /// transaction. Bad rows and missing columns are problems in the report. An unreadable file, malformed CSV
    /// (unterminated quote, invalid UTF-8), a bad mapping file or a storage failure is an error; so is cancelling
    /// (Cancelled).
    Result<ImportReport> import(
        ImportKind kind, const QString &path, const ImportOptions &options, JobControl &control);

private:
    storage::Workspace &m_workspace;
};

} // namespace cc::services
