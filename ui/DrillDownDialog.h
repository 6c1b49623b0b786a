// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/DrillDown.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace cc::services {
class WorkspaceSession;
}

namespace cc::ui {

class ReportTableModel;

/// The documents behind a dashboard element, most overdue first, loaded off the GUI thread;
/// exportable, and each opens in the invoice list.
class DrillDownDialog : public QDialog {
    Q_OBJECT
public:
    DrillDownDialog(services::WorkspaceSession &session, analytics::DrillDown drillDown, const QString &title,
        QWidget *parent = nullptr);

    ReportTableModel *model() const { return m_model; }

signals:
    void invoiceRequested(const QString &number);
    /// The rows are shown.
    void loaded();

private:
    QLabel *m_summary;
    QTableView *m_view;
    ReportTableModel *m_model;
};

} // namespace cc::ui
