// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentLinksDialog.h"

#include "ErrorMessages.h"
#include "WhenReady.h"
#include "security/KeychainKeyStore.h"
#include "services/PaymentLinks.h"
#include "services/WorkspaceSession.h"
#include "storage/SettingsRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

PaymentLinksDialog::PaymentLinksDialog(services::WorkspaceSession &session, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_clock(clock)
    , m_baseUrl(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_successUrl(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_save(nullptr)
{
    setWindowTitle(tr("Payment links"));
    setObjectName(QStringLiteral("paymentLinksDialog"));
    m_baseUrl->setObjectName(QStringLiteral("payLinkBaseUrl"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.stripe.com"));
    m_secret->setObjectName(QStringLiteral("payLinkSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("kept in the system keychain"));
    m_successUrl->setObjectName(QStringLiteral("payLinkSuccessUrl"));
    m_successUrl->setPlaceholderText(QStringLiteral("https://example.com/thank-you"));
    m_problem->setObjectName(QStringLiteral("payLinkProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::Link);
    auto *intro = new QLabel(tr("Invoices get a \"pay now\" page from a payment provider that speaks the Stripe "
                                "Checkout API; the payments customers make there are recorded on their invoices."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Provider &address:"), m_baseUrl);
    form->addRow(tr("&Secret key:"), m_secret);
    form->addRow(tr("After &paying, show:"), m_successUrl);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("payLinkSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentLinksDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());

    auto stored = m_session.run<Result<std::pair<QString, QString>>>(
        [](storage::Workspace &ws, services::JobControl &) -> Result<std::pair<QString, QString>> {
            storage::SettingsRepository settings(ws.database());
            auto base = settings.value(services::PaymentLinks::BaseUrlKey);
            auto success = settings.value(services::PaymentLinks::SuccessUrlKey);
            if (!base || !success)
                return !base ? base.error() : success.error();
            return std::pair { base->value_or(QString()), success->value_or(QString()) };
        });
    whenReady(this, stored, [this](const Result<std::pair<QString, QString>> &values) {
        if (!values)
            return m_problem->setText(ErrorMessages::describe(values.error()));
        m_baseUrl->setText(values->first);
        m_successUrl->setText(values->second);
    });
}

void PaymentLinksDialog::save()
{
    const QUrl base(m_baseUrl->text().trimmed());
    const QByteArray secret = m_secret->text().trimmed().toUtf8();
    if (secret.isEmpty()) {
        m_problem->setText(tr("Give the provider's secret key."));
        return;
    }
    m_save->setEnabled(false);
    auto saved = m_session.run<Status>([base, success = QUrl(m_successUrl->text().trimmed()), clock = &m_clock](
                                           storage::Workspace &ws, services::JobControl &) {
        return services::PaymentLinks(ws.database(), *clock, QString()).configure(base, success);
    });
    whenReady(this, saved, [this, base, secret](const Status &status) {
        // The keychain is used from the GUI thread only, as QtKeychain expects.
        const Status stored = status
            ? security::KeychainKeyStore().write(services::PaymentLinks::keychainAccount(base), secret)
            : status;
        if (!stored) {
            m_problem->setText(ErrorMessages::describe(stored.error()));
            m_save->setEnabled(true);
            return;
        }
        accept();
    });
}

} // namespace cc::ui
