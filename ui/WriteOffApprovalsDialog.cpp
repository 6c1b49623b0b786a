// SPDX-License-Identifier: GPL-3.0-or-later
#include "WriteOffApprovalsDialog.h"

#include "ErrorMessages.h"
#include "WhenReady.h"
#include "common/Clock.h"
#include "services/WorkspaceSession.h"
#include "services/WriteOffs.h"
#include "storage/WriteOffRepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace cc::ui {

WriteOffApprovalsDialog::WriteOffApprovalsDialog(
    services::WorkspaceSession &session, const Clock &clock, QString author, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_clock(clock)
    , m_author(std::move(author))
    , m_model(new QStandardItemModel(this))
    , m_view(new QTreeView(this))
    , m_problem(new QLabel(this))
    , m_approve(nullptr)
    , m_reject(nullptr)
{
    setWindowTitle(tr("Write-offs to decide"));
    setObjectName(QStringLiteral("writeOffApprovalsDialog"));
    m_model->setHorizontalHeaderLabels(
        { tr("Requested"), tr("Invoice"), tr("Customer"), tr("Amount"), tr("Requested by"), tr("Reason") });
    m_view->setObjectName(QStringLiteral("writeOffList"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(1, 130);
    m_view->header()->resizeSection(3, 120);
    m_problem->setObjectName(QStringLiteral("writeOffApprovalProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::Link);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_approve = buttons->addButton(tr("&Approve"), QDialogButtonBox::ActionRole);
    m_approve->setObjectName(QStringLiteral("writeOffApprove"));
    m_reject = buttons->addButton(tr("&Reject"), QDialogButtonBox::ActionRole);
    m_reject->setObjectName(QStringLiteral("writeOffReject"));
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(820, 420);
    reload();
}

void WriteOffApprovalsDialog::reload()
{
    m_approve->setEnabled(false);
    m_reject->setEnabled(false);
    auto pending = m_session.run<Result<QList<WriteOff>>>([](storage::Workspace &ws, services::JobControl &) {
        return storage::WriteOffRepository(ws.database()).list(WriteOff::Status::Requested);
    });
    whenReady(this, pending, [this](const Result<QList<WriteOff>> &rows) {
        m_model->removeRows(0, m_model->rowCount());
        if (!rows) {
            m_problem->setText(ErrorMessages::describe(rows.error()));
            return;
        }
        for (const WriteOff &w : *rows) {
            auto *requested = new QStandardItem(m_format.date(w.requestedOn));
            requested->setData(w.id, Qt::UserRole);
            auto *amount = new QStandardItem(m_format.format(w.amount));
            amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_model->appendRow({ requested, new QStandardItem(w.invoiceNumber), new QStandardItem(w.customerId), amount,
                new QStandardItem(w.requestedBy), new QStandardItem(w.reason) });
        }
        const bool any = m_model->rowCount() > 0;
        if (any)
            m_view->setCurrentIndex(m_model->index(0, 0));
        m_view->setFocus();
        m_approve->setEnabled(any);
        m_reject->setEnabled(any);
        if (!any && m_problem->text().isEmpty())
            m_problem->setText(tr("No write-off is waiting for a decision."));
    });
}

void WriteOffApprovalsDialog::decide(bool approve)
{
    const QString id = m_model->index(m_view->currentIndex().row(), 0).data(Qt::UserRole).toString();
    if (id.isEmpty())
        return;
    m_approve->setEnabled(false);
    m_reject->setEnabled(false);
    const QString author = m_author;
    auto done = m_session.run<Status>(
        [id, approve, author, clock = &m_clock](storage::Workspace &ws, services::JobControl &) {
            return services::WriteOffs(ws.database(), *clock, author).decide(id, approve);
        });
    whenReady(this, done, [this](const Status &status) {
        m_problem->setText(status ? QString() : ErrorMessages::describe(status.error()));
        if (status)
            emit decided();
        reload();
    });
}

} // namespace cc::ui
