// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailServerDialog.h"

#include "ErrorMessages.h"
#include "WhenReady.h"
#include "messaging/SmtpSettings.h"
#include "security/KeychainKeyStore.h"
#include "services/WorkspaceSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace cc::ui {

using messaging::SmtpSettings;

MailServerDialog::MailServerDialog(services::WorkspaceSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_from(new QLineEdit(this))
    , m_fromName(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Mail server"));
    setObjectName(QStringLiteral("mailServerDialog"));
    m_host->setObjectName(QStringLiteral("smtpHost"));
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    m_security->addItem(tr("STARTTLS (port 587)"), QStringLiteral("starttls"));
    m_security->addItem(tr("TLS (port 465)"), QStringLiteral("tls"));
    m_security->addItem(tr("None (trusted network only)"), QStringLiteral("none"));
    m_user->setObjectName(QStringLiteral("smtpUser"));
    m_password->setObjectName(QStringLiteral("smtpPassword"));
    m_from->setObjectName(QStringLiteral("smtpFrom"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keychain"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Encryption:"), m_security);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&From address:"), m_from);
    form->addRow(tr("From &name:"), m_fromName);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MailServerDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    load();
}

void MailServerDialog::load()
{
    auto future = m_session.run<Result<SmtpSettings>>(
        [](storage::Workspace &workspace, services::JobControl &) { return SmtpSettings::load(workspace.database()); });
    whenReady(this, future, [this](const Result<SmtpSettings> &settings) {
        if (!settings)
            return;
        m_host->setText(settings->host);
        m_port->setValue(settings->port);
        m_security->setCurrentIndex(std::max(0, m_security->findData(toString(settings->security))));
        m_user->setText(settings->user);
        m_from->setText(settings->from);
        m_fromName->setText(settings->fromName);
    });
}

void MailServerDialog::save()
{
    const QList<std::pair<QString, QString>> values { { QStringLiteral("smtp.host"), m_host->text().trimmed() },
        { QStringLiteral("smtp.port"), QString::number(m_port->value()) },
        { QStringLiteral("smtp.security"), m_security->currentData().toString() },
        { QStringLiteral("smtp.user"), m_user->text().trimmed() },
        { QStringLiteral("smtp.from"), m_from->text().trimmed() },
        { QStringLiteral("smtp.from_name"), m_fromName->text().trimmed() } };
    const QString password = m_password->text();
    // Returns the keychain account the password belongs under, for the GUI thread to write.
    auto future = m_session.run<Result<QString>>(
        [values](storage::Workspace &workspace, services::JobControl &) -> Result<QString> {
            for (const auto &[key, value] : values) {
                if (auto status = SmtpSettings::set(workspace.database(), key, value); !status)
                    return status.error();
            }
            auto settings = SmtpSettings::load(workspace.database());
            if (!settings)
                return settings.error();
            return settings->keychainAccount();
        });
    whenReady(this, future, [this, password](const Result<QString> &account) {
        // QtKeychain is used from the GUI thread only: its jobs crash in the workspace thread.
        const Status saved = !account ? Status(account.error())
            : password.isEmpty()      ? success()
                                      : security::KeychainKeyStore().write(*account, password.toUtf8());
        if (!saved) {
            m_problem->setText(ErrorMessages::describe(saved.error()));
            m_problem->show();
            return;
        }
        accept();
    });
}

} // namespace cc::ui
