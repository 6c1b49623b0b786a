// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/ReportTable.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace cc::ui {

class ReportTableModel;

/// A report table in a window of its own: a summary line, the table sortable by its values, an
/// Export button; activating a row asks for the invoice in its first column (the first one,
/// when it lists several).
class ReportTableDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReportTableDialog(const QString &title, QWidget *parent = nullptr);

    void setTable(documents::ReportTable table, const QString &summary);
    void setSummary(const QString &summary);
    ReportTableModel *model() const { return m_model; }

signals:
    void invoiceRequested(const QString &number);
    /// A table is shown.
    void loaded();

private:
    QLabel *m_summary;
    QTableView *m_view;
    ReportTableModel *m_model;
};

} // namespace cc::ui
