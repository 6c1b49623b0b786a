// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvImporter.h"

#include "CsvReader.h"
#include "CustomerImport.h"
#include "InvoiceImport.h"
#include "OrderImport.h"
#include "PaymentImport.h"
#include "storage/Transaction.h"

#include <QFileInfo>

namespace cc::services {
namespace {

// Progress is cheap to compute but not to deliver (a QPromise locks): report every few rows.
constexpr int kProgressEvery = 256;

std::unique_ptr<ImportRows> rowsFor(ImportKind kind, storage::SqlDatabase &db)
{
    switch (kind) {
    case ImportKind::Customers:
        return std::make_unique<CustomerImport>(db);
    case ImportKind::Invoices:
        return std::make_unique<InvoiceImport>(db);
    case ImportKind::Orders:
        return std::make_unique<OrderImport>(db);
    case ImportKind::Payments:
        break;
    }
    return std::make_unique<PaymentImport>(db);
}

Error cancelled()
{
    return makeError(ErrorCode::Cancelled,
        QCoreApplication::translate("CsvImporter", "the import was cancelled; nothing was written"));
}

} // namespace

Result<ImportReport> CsvImporter::import(
    ImportKind kind, const QString &path, const ImportOptions &options, JobControl &control)
{
    auto reader = CsvReader::fromFile(path, options.delimiter);
    if (!reader)
        return reader.error();
    const QString fileName = QFileInfo(path).fileName();
    const auto malformed = [&](const Error &error) {
        return makeError(error.code, QStringLiteral("%1: %2").arg(fileName, error.detail));
    };

    ImportReport report;
    auto header = reader->next();
    if (!header)
        return malformed(header.error());
    if (!*header) {
        report.problems.append({ 1, {}, tr("the file is empty; a header row is required") });
        return report;
    }
    auto columns = ImportColumns::resolve(kind, **header, options.mappingFile, report.problems);
    if (!columns)
        return columns.error();
    if (!report.ok())
        return report;

    // Validation and writing each count for half of the progress, measured in characters read.
    const qint64 half = reader->size();
    ImportFields fields(*columns, options, reader->delimiter(), report.problems);
    std::unique_ptr<ImportRows> rows = rowsFor(kind, m_workspace.database());
    for (qint64 row = 0;; ++row) {
        if (control.isCanceled())
            return cancelled();
        if (row % kProgressEvery == 0)
            control.setProgress(reader->position(), 2 * half);
        auto record = reader->next();
        if (!record)
            return malformed(record.error());
        if (!*record)
            break;
        fields.setRecord(**record);
        if ((*record)->fields.size() != columns->fieldCount()) {
            fields.report(
                {}, tr("has %1 fields, the header has %2").arg((*record)->fields.size()).arg(columns->fieldCount()));
            continue;
        }
        if (auto status = rows->check(fields); !status)
            return status.error();
    }
    if (!report.ok())
        return report;

    storage::Transaction transaction(m_workspace.database());
    if (auto status = transaction.begin(); !status)
        return status.error();
    const qsizetype pending = rows->pendingCount();
    for (qsizetype i = 0; i < pending; ++i) {
        if (control.isCanceled())
            return cancelled();
        if (i % kProgressEvery == 0)
            control.setProgress(half + half * i / pending, 2 * half);
        if (auto status = rows->write(i); !status)
            return status.error();
    }
    if (auto status = rows->finish(); !status)
        return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    control.setProgress(2 * half, 2 * half);
    report.inserted = int(pending);
    report.unchanged = rows->unchangedCount();
    return report;
}

} // namespace cc::services
