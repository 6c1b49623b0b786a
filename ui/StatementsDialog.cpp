// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementsDialog.h"

#include "ErrorMessages.h"
#include "JobProgressDialog.h"
#include "WhenReady.h"
#include "common/Clock.h"
#include "documents/StatementDocument.h"
#include "services/WorkspaceSession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace cc::ui {

StatementsDialog::StatementsDialog(services::WorkspaceSession &session, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_segment(new QComboBox(this))
    , m_asOf(new QDateEdit(clock.today(), this))
    , m_folder(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_write(nullptr)
{
    setWindowTitle(tr("Statements of account"));
    setObjectName(QStringLiteral("statementsDialog"));
    m_segment->setObjectName(QStringLiteral("statementSegment"));
    m_segment->addItem(tr("All segments"), QString());
    m_asOf->setCalendarPopup(true);
    m_folder->setObjectName(QStringLiteral("statementFolder"));
    m_folder->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                          .filePath(tr("Statements %1").arg(clock.today().toString(Qt::ISODate))));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder
            = QFileDialog::getExistingDirectory(this, tr("Folder for the statements"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(folder);
    });
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Segment:"), m_segment);
    form->addRow(tr("&As of:"), m_asOf);
    form->addRow(tr("&Folder:"), folderRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_write = buttons->addButton(tr("&Write statements"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &StatementsDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    auto segments = m_session.run<Result<QStringList>>(
        [](storage::Workspace &workspace, services::JobControl &) -> Result<QStringList> {
            auto query = workspace.database().prepare(
                QStringLiteral("SELECT DISTINCT segment FROM customers WHERE segment <> '' ORDER BY segment"));
            if (!query)
                return query.error();
            QStringList names;
            if (auto status = query->forEachRow([&]() -> Status {
                    names << query->text(0);
                    return success();
                });
                !status)
                return status.error();
            return names;
        });
    whenReady(this, segments, [this](const Result<QStringList> &names) {
        if (names) {
            for (const QString &name : *names)
                m_segment->addItem(name, name);
        }
    });
}

void StatementsDialog::start()
{
    const QString segment = m_segment->currentData().toString();
    const QDate asOf = m_asOf->date();
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty()) {
        m_problem->setText(tr("Choose a folder for the statements."));
        m_problem->show();
        return;
    }
    m_write->setEnabled(false);
    auto future = m_session.run<Result<int>>(
        [segment, asOf, folder](storage::Workspace &workspace, services::JobControl &control) {
            return documents::StatementDocument::renderBatch(workspace.database(), segment, asOf, folder, control);
        });
    new JobProgressDialog(QFuture<void>(future), tr("Writing statements…"), 300, parentWidget());
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
