// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableExport.h"

#include "ErrorMessages.h"
#include "WhenReady.h"
#include "documents/PdfFiles.h"
#include "documents/ReportCsv.h"
#include "documents/ReportPdf.h"
#include "documents/ReportXlsx.h"

#include <QFileDialog>
#include <QtConcurrent>

namespace cc::ui {

void TableExport::ask(QWidget *parent, const documents::ReportTable &table)
{
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV (*.csv)");
    const QString pdf = tr("PDF (*.pdf)");
    QString filter = xlsx;
    const QString stem = documents::PdfFiles::name(table.title).chopped(4);
    QString path = QFileDialog::getSaveFileName(parent, tr("Export %1").arg(table.title), stem,
        QStringList { xlsx, csv, pdf }.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    const QString suffix = filter == csv ? QStringLiteral(".csv")
        : filter == pdf                  ? QStringLiteral(".pdf")
                                         : QStringLiteral(".xlsx");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    const QLocale locale;
    auto written = QtConcurrent::run([table, path, suffix, locale]() -> Status {
        if (suffix == QLatin1String(".csv"))
            return documents::ReportCsv::write(table, path);
        if (suffix == QLatin1String(".pdf"))
            return documents::ReportPdf::write(table, path, locale);
        return documents::ReportXlsx::write(table, path);
    });
    whenReady(parent, written, [parent](const Status &status) {
        if (!status)
            ErrorMessages::show(parent, tr("Export failed"), status.error());
    });
}

} // namespace cc::ui
