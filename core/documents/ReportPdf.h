// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportTable.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QLocale>

namespace cc::documents {

/// A report table as a printed A4 page set: title, subtitle, the table with amounts and dates
/// in the reader's locale, numbers right-aligned.
class ReportPdf {
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    static QString html(const ReportTable &table, const QLocale &locale);
    static Result<QByteArray> pdf(const ReportTable &table, const QLocale &locale = QLocale());
    static Status write(const ReportTable &table, const QString &path, const QLocale &locale = QLocale());
};

} // namespace cc::documents
