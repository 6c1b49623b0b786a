// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoicePdfDialog.h"

#include "ErrorMessages.h"
#include "JobProgressDialog.h"
#include "WhenReady.h"
#include "common/Clock.h"
#include "documents/InvoiceDocument.h"
#include "services/WorkspaceSession.h"
#include "storage/InvoiceRepository.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace cc::ui {

InvoicePdfDialog::InvoicePdfDialog(
    services::WorkspaceSession &session, const Clock &clock, InvoiceFilter filter, qint64 count, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_filter(std::move(filter))
    , m_folder(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_write(nullptr)
{
    setWindowTitle(tr("Invoices as PDF"));
    setObjectName(QStringLiteral("invoicePdfDialog"));
    m_folder->setObjectName(QStringLiteral("invoicePdfFolder"));
    m_folder->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                          .filePath(tr("Invoices %1").arg(clock.today().toString(Qt::ISODate))));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the PDFs"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(folder);
    });
    m_problem->setObjectName(QStringLiteral("invoicePdfProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(new QLabel(tr("One PDF for each of the %Ln document(s) the list shows.", nullptr, int(count)), this));
    form->addRow(tr("&Folder:"), folderRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_write = buttons->addButton(tr("&Write PDFs"), QDialogButtonBox::AcceptRole);
    m_write->setObjectName(QStringLiteral("invoicePdfWrite"));
    connect(buttons, &QDialogButtonBox::accepted, this, &InvoicePdfDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void InvoicePdfDialog::start()
{
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty()) {
        m_problem->setText(tr("Choose a folder for the PDFs."));
        m_problem->show();
        return;
    }
    const InvoiceFilter filter = m_filter;
    m_write->setEnabled(false);
    auto future = m_session.run<Result<int>>(
        [filter, folder](storage::Workspace &workspace, services::JobControl &control) -> Result<int> {
            auto numbers = storage::InvoiceRepository(workspace.database()).numbers(filter);
            if (!numbers)
                return numbers.error();
            return documents::InvoiceDocument::renderBatch(workspace.database(), *numbers, folder, control);
        });
    new JobProgressDialog(QFuture<void>(future), tr("Writing invoices as PDF…"), 300, parentWidget());
    whenReady(this, future, [this, folder](const Result<int> &count) {
        m_write->setEnabled(true);
        if (!count) {
            m_problem->setText(ErrorMessages::describe(count.error()));
            m_problem->show();
            return;
        }
        emit written(*count, folder);
        accept();
    });
}

} // namespace cc::ui
