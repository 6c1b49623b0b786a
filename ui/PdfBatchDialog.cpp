// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfBatchDialog.h"

#include "ErrorMessages.h"
#include "JobProgressDialog.h"
#include "WhenReady.h"
#include "services/WorkspaceSession.h"

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

PdfBatchDialog::PdfBatchDialog(
    services::WorkspaceSession &session, const QString &folderName, const QString &writeLabel, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_form(new QFormLayout)
    , m_folder(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_write(nullptr)
{
    m_folder->setObjectName(QStringLiteral("pdfFolder"));
    m_folder->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(folderName));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the PDFs"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(folder);
    });
    m_problem->setObjectName(QStringLiteral("pdfProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    // A row holding a layout gets no buddy by itself: without one the mnemonic shows as "&".
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    m_form->addRow(folderLabel, folderRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_write = buttons->addButton(writeLabel, QDialogButtonBox::AcceptRole);
    m_write->setObjectName(QStringLiteral("pdfWrite"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PdfBatchDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void PdfBatchDialog::start()
{
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty()) {
        m_problem->setText(tr("Choose a folder for the PDFs."));
        m_problem->show();
        return;
    }
    m_write->setEnabled(false);
    auto future = m_session.run<Result<int>>(batch(folder));
    new JobProgressDialog(QFuture<void>(future), progressText(), 300, parentWidget());
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
