// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvRecord.h"
#include "ImportKind.h"
#include "ImportProblem.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace cc::services {

/// Where each column CashCycle expects for an import kind sits in a CSV file. Headers match
/// ignoring case, spaces and punctuation ("Invoice No." = "invoice_no"). Exact column names
/// win, then known aliases from other ERPs' exports; a mapping file overrides both.
class ImportColumns {
    Q_DECLARE_TR_FUNCTIONS(ImportColumns)

public:
    /// Maps `header` for `kind`. Missing required columns, and mapped headers the file lacks,
    /// are added to `problems` on the header's line; an unreadable or invalid mapping file is an error.
    static Result<ImportColumns> resolve(
        ImportKind kind, const CsvRecord &header, const QString &mappingFile, QList<ImportProblem> &problems);
    /// Every column CashCycle reads for `kind`, required or not, in a fixed order.
    static QStringList names(ImportKind kind);

    bool has(QStringView column) const { return indexOf(column) >= 0; }
    /// The trimmed field of `column` in `record`; empty when the file has no such column.
    QString value(const CsvRecord &record, QStringView column) const;
    /// The file's own header of `column`, as problems name it (the column name when it is absent).
    QString header(QStringView column) const;
    /// How many fields every record must have: as many as the header.
    qsizetype fieldCount() const { return m_fieldCount; }

private:
    struct Mapped {
        QString column;
        int index;
        QString header;
    };
    int indexOf(QStringView column) const;

    QList<Mapped> m_mapped;
    qsizetype m_fieldCount = 0;
};

} // namespace cc::services
