// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/ReportTable.h"

#include <QCoreApplication>

class QWidget;

namespace cc::ui {

/// Asks where to export a table and in which format (XLSX, CSV or PDF, by the chosen filter),
/// writes it off the GUI thread, and reports a failure naming the file.
class TableExport {
    Q_DECLARE_TR_FUNCTIONS(cc::ui::TableExport)

public:
    static void ask(QWidget *parent, const documents::ReportTable &table);
};

} // namespace cc::ui
