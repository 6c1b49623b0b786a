// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/KeychainKeyStore.h"
#include "server/ServerAccount.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace cc::ui {

/// Where the shared server is and who signs in: host, port, database, user, password and TLS
/// mode, with "Test connection". Saves the account to the settings and the password to the
/// OS keychain, never to a file.
class ServerConnectionDialog : public QDialog {
    Q_OBJECT
public:
    explicit ServerConnectionDialog(QWidget *parent = nullptr);

    server::ServerAccount account() const;

signals:
    /// The account was saved (settings and keychain).
    void saved(const server::ServerAccount &account);

private:
    void testConnection();
    void save();
    void showResult(const QString &text, bool good);
    void setBusy(bool busy);

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_sslMode;
    QLineEdit *m_rootCertificate;
    QPushButton *m_test;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    security::KeychainKeyStore m_keychain;
    quint64 m_generation = 0;
};

} // namespace cc::ui
