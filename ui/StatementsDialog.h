// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
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

/// Writes statements of account as PDF for every customer of a segment with open items into
/// a folder, with a progress bar and Cancel.
class StatementsDialog : public QDialog {
    Q_OBJECT
public:
    StatementsDialog(services::WorkspaceSession &session, const Clock &clock, QWidget *parent = nullptr);

signals:
    void written(int count, const QString &folder);

private:
    void start();

    services::WorkspaceSession &m_session;
    QComboBox *m_segment;
    QDateEdit *m_asOf;
    QLineEdit *m_folder;
    QLabel *m_problem;
    QPushButton *m_write;
};

} // namespace cc::ui
