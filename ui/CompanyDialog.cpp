// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompanyDialog.h"

#include "ErrorMessages.h"
#include "WhenReady.h"
#include "services/CompanyProfile.h"
#include "services/WorkspaceSession.h"
#include "storage/Transaction.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

CompanyDialog::CompanyDialog(services::WorkspaceSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_name(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_vatId(new QLineEdit(this))
    , m_logo(new QLineEdit(this))
    , m_iban(new QLineEdit(this))
    , m_bic(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Company details"));
    setObjectName(QStringLiteral("companyDialog"));
    m_name->setObjectName(QStringLiteral("companyName"));
    m_address->setObjectName(QStringLiteral("companyAddress"));
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(m_address->fontMetrics().lineSpacing() * 5);
    m_vatId->setObjectName(QStringLiteral("companyVatId"));
    m_logo->setObjectName(QStringLiteral("companyLogo"));
    m_logo->setPlaceholderText(tr("A PNG, JPEG or SVG file"));
    m_iban->setObjectName(QStringLiteral("companyIban"));
    m_bic->setObjectName(QStringLiteral("companyBic"));
    m_problem->setObjectName(QStringLiteral("companyProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Company logo"), m_logo->text(), tr("Images (*.png *.jpg *.jpeg *.svg)"));
        if (!file.isEmpty())
            m_logo->setText(file);
    });
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&VAT ID:"), m_vatId);
    // A row holding a layout gets no buddy by itself: without one the mnemonic shows as "&".
    auto *logoLabel = new QLabel(tr("&Logo:"), this);
    logoLabel->setBuddy(m_logo);
    form->addRow(logoLabel, logoRow);
    form->addRow(tr("&IBAN:"), m_iban);
    form->addRow(tr("BI&C:"), m_bic);
    auto *hint = new QLabel(tr("Invoices print the bank account with a payment code customers scan."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CompanyDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(520, 380);

    auto current
        = m_session.run<Result<services::CompanyProfile>>([](storage::Workspace &workspace, services::JobControl &) {
              return services::CompanyProfile::load(workspace.database());
          });
    whenReady(this, current, [this](const Result<services::CompanyProfile> &profile) {
        if (!profile) {
            m_problem->setText(ErrorMessages::describe(profile.error()));
            m_problem->show();
            return;
        }
        m_name->setText(profile->name);
        m_address->setPlainText(profile->address);
        m_vatId->setText(profile->vatId);
        m_logo->setText(profile->logoPath);
        m_iban->setText(profile->iban);
        m_bic->setText(profile->bic);
        emit loaded();
    });
}

void CompanyDialog::save()
{
    const QList<std::pair<QString, QString>> values { { QStringLiteral("company.name"), m_name->text() },
        { QStringLiteral("company.address"), m_address->toPlainText() },
        { QStringLiteral("company.vat_id"), m_vatId->text() }, { QStringLiteral("company.logo"), m_logo->text() },
        { QStringLiteral("company.iban"), m_iban->text() }, { QStringLiteral("company.bic"), m_bic->text() } };
    auto future = m_session.run<Status>([values](storage::Workspace &workspace, services::JobControl &) -> Status {
        storage::Transaction transaction(workspace.database());
        if (auto begun = transaction.begin(); !begun)
            return begun;
        for (const auto &[key, value] : values) {
            if (auto status = services::CompanyProfile::set(workspace.database(), key, value); !status)
                return status;
        }
        return transaction.commit();
    });
    whenReady(this, future, [this](const Status &saved) {
        if (!saved) {
            m_problem->setText(ErrorMessages::describe(saved.error()));
            m_problem->show();
            return;
        }
        accept();
    });
}

} // namespace cc::ui
