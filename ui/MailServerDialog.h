// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cc::services {
class WorkspaceSession;
}

namespace cc::ui {

/// The mail server mail goes out through; the password goes to the system keychain.
class MailServerDialog : public QDialog {
    Q_OBJECT
public:
    explicit MailServerDialog(services::WorkspaceSession &session, QWidget *parent = nullptr);

private:
    void load();
    void save();

    services::WorkspaceSession &m_session;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_from;
    QLineEdit *m_fromName;
    QLabel *m_problem;
};

} // namespace cc::ui
