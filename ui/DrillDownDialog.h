// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportTableDialog.h"
#include "analytics/DrillDown.h"

namespace cc::services {
class WorkspaceSession;
}

namespace cc::ui {

/// The documents behind a dashboard element, most overdue first, loaded off the GUI thread.
class DrillDownDialog : public ReportTableDialog {
    Q_OBJECT
public:
    DrillDownDialog(services::WorkspaceSession &session, analytics::DrillDown drillDown, const QString &title,
        QWidget *parent = nullptr);
};

} // namespace cc::ui
