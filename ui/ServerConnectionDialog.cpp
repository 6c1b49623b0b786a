// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerConnectionDialog.h"

#include "ErrorMessages.h"
#include "Theme.h"
#include "WhenReady.h"
#include "server/ServerProbe.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cc::ui {

ServerConnectionDialog::ServerConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_rootCertificate(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Server connection"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    m_sslMode->addItem(tr("Verify certificate and host name (recommended)"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("Verify certificate only"), QStringLiteral("verify-ca"));
    m_sslMode->addItem(tr("Encrypt without verifying"), QStringLiteral("require"));
    m_sslMode->addItem(tr("Encrypt when the server offers it"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("Never encrypt (trusted network only)"), QStringLiteral("disable"));
    m_rootCertificate->setObjectName(QStringLiteral("rootCertificate"));
    m_rootCertificate->setPlaceholderText(tr("default: ~/.postgresql/root.crt"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("CA certificate"), QString(), tr("Certificates (*.crt *.pem);;All files (*)"));
        if (!file.isEmpty())
            m_rootCertificate->setText(file);
    });
    auto *certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_rootCertificate, 1);
    certificateRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Encryption:"), m_sslMode);
    auto *certificateLabel = new QLabel(tr("CA &certificate:"), this);
    certificateLabel->setBuddy(m_rootCertificate);
    form->addRow(certificateLabel, certificateRow);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    QSettings settings;
    const server::ServerAccount saved = server::ServerAccount::load(settings);
    m_host->setText(saved.host);
    m_port->setValue(saved.port);
    m_database->setText(saved.database.isEmpty() ? QStringLiteral("cashcycle") : saved.database);
    m_user->setText(saved.user);
    m_sslMode->setCurrentIndex(qMax(0, m_sslMode->findData(saved.sslMode)));
    m_rootCertificate->setText(saved.rootCertificate);
    if (saved.isComplete())
        m_password->setPlaceholderText(tr("kept in the system keychain"));

    connect(m_test, &QPushButton::clicked, this, &ServerConnectionDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServerConnectionDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

server::ServerAccount ServerConnectionDialog::account() const
{
    server::ServerAccount account;
    account.host = m_host->text().trimmed();
    account.port = m_port->value();
    account.database = m_database->text().trimmed();
    account.user = m_user->text().trimmed();
    account.sslMode = m_sslMode->currentData().toString();
    account.rootCertificate = m_rootCertificate->text().trimmed();
    return account;
}

void ServerConnectionDialog::showResult(const QString &text, bool good)
{
    m_result->setText(text);
    m_result->setStyleSheet(good ? QString() : QStringLiteral("color: %1;").arg(Theme::warning().name()));
    m_result->setProperty("good", good);
}

void ServerConnectionDialog::setBusy(bool busy)
{
    m_test->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
}

void ServerConnectionDialog::testConnection()
{
    const server::ServerAccount tested = account();
    if (!tested.isComplete()) {
        showResult(tr("Enter the host, database and user first."), false);
        return;
    }
    const quint64 generation = ++m_generation;
    showResult(tr("Connecting to %1…").arg(tested.host), true);
    setBusy(true);
    // The keychain is read here: QtKeychain jobs must not run on pool threads, which have no
    // event loop of their own. Connecting can take up to the connect timeout: off this thread.
    QString password = m_password->text();
    if (password.isEmpty()) {
        if (auto stored = m_keychain.read(tested.keychainAccount()))
            password = QString::fromUtf8(*stored);
    }
    auto probe = [uri = tested.uri(password)] { return server::ServerProbe::describe(uri); };
    whenReady(this, QtConcurrent::run(probe), [this, generation](const Result<QString> &outcome) {
        if (generation != m_generation)
            return;
        setBusy(false);
        if (outcome)
            showResult(*outcome, true);
        else
            showResult(ErrorMessages::describe(outcome.error()), false);
    });
}

void ServerConnectionDialog::save()
{
    const server::ServerAccount saved = account();
    if (!saved.isComplete()) {
        showResult(tr("Enter the host, database and user first."), false);
        return;
    }
    if (!m_password->text().isEmpty()) {
        if (auto status = m_keychain.write(saved.keychainAccount(), m_password->text().toUtf8()); !status) {
            showResult(ErrorMessages::describe(status.error()), false);
            return;
        }
    }
    QSettings settings;
    saved.save(settings);
    emit this->saved(saved);
    accept();
}

} // namespace cc::ui
