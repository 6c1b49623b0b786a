// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportTable.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace cc::documents {

/// A report table as an Excel workbook (libxlsxwriter): title and subtitle above a bold header,
/// dates as dates, amounts as numbers formatted in their currency, the header frozen.
/// Written to a side file and moved into place, so a failed export leaves no half a workbook.
class ReportXlsx {
    Q_DECLARE_TR_FUNCTIONS(ReportXlsx)

public:
    static Status write(const ReportTable &table, const QString &path);
};

} // namespace cc::documents
