// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/InvoiceFilter.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cc {
class Clock;
}
namespace cc::services {
class WorkspaceSession;
}

namespace cc::ui {

/// Writes every document the invoice list shows (its filter) as PDF into a folder, one file
/// per document, with a progress bar and Cancel.
class InvoicePdfDialog : public QDialog {
    Q_OBJECT
public:
    InvoicePdfDialog(services::WorkspaceSession &session, const Clock &clock, InvoiceFilter filter, qint64 count,
        QWidget *parent = nullptr);

signals:
    void written(int count, const QString &folder);

private:
    void start();

    services::WorkspaceSession &m_session;
    InvoiceFilter m_filter;
    QLineEdit *m_folder;
    QLabel *m_problem;
    QPushButton *m_write;
};

} // namespace cc::ui
