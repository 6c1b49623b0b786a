// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportTable.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace cc::documents {

/// A report table as CSV for other programs: a header line, ISO dates, amounts as plain
/// decimals; written whole or not at all.
class ReportCsv {
    Q_DECLARE_TR_FUNCTIONS(ReportCsv)

public:
    static QByteArray bytes(const ReportTable &table);
    static Status write(const ReportTable &table, const QString &path);
};

} // namespace cc::documents
