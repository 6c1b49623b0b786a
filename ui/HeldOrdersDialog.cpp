// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeldOrdersDialog.h"

#include "ErrorMessages.h"
#include "WhenReady.h"
#include "common/Clock.h"
#include "services/SalesOrders.h"
#include "services/WorkspaceSession.h"
#include "storage/SalesOrderRepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace cc::ui {

HeldOrdersDialog::HeldOrdersDialog(
    services::WorkspaceSession &session, const Clock &clock, QString author, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_clock(clock)
    , m_author(std::move(author))
    , m_model(new QStandardItemModel(this))
    , m_view(new QTreeView(this))
    , m_reason(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_release(nullptr)
    , m_cancel(nullptr)
{
    setWindowTitle(tr("Orders on credit hold"));
    setObjectName(QStringLiteral("heldOrdersDialog"));
    m_model->setHorizontalHeaderLabels(
        { tr("Ordered"), tr("Order"), tr("Customer"), tr("Amount"), tr("Held because") });
    m_view->setObjectName(QStringLiteral("heldOrderList"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setWordWrap(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(1, 130);
    m_view->header()->resizeSection(3, 130);
    m_reason->setObjectName(QStringLiteral("heldOrderReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { m_reason->setText(m_model->index(current.row(), 4).data().toString()); });
    m_problem->setObjectName(QStringLiteral("heldOrderProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::Link);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_release = buttons->addButton(tr("&Release anyway"), QDialogButtonBox::ActionRole);
    m_release->setObjectName(QStringLiteral("heldOrderRelease"));
    m_cancel = buttons->addButton(tr("Cancel &order"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("heldOrderCancel"));
    connect(m_release, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { decide(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_reason);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(900, 420);
    reload();
}

void HeldOrdersDialog::reload()
{
    m_release->setEnabled(false);
    m_cancel->setEnabled(false);
    auto held = m_session.run<Result<QList<SalesOrder>>>([](storage::Workspace &ws, services::JobControl &) {
        return storage::SalesOrderRepository(ws.database()).list(QString(), SalesOrder::Status::Held);
    });
    whenReady(this, held, [this](const Result<QList<SalesOrder>> &rows) {
        m_model->removeRows(0, m_model->rowCount());
        m_reason->clear();
        if (!rows) {
            m_problem->setText(ErrorMessages::describe(rows.error()));
            return;
        }
        for (auto order = rows->crbegin(); order != rows->crend(); ++order) {
            auto *ordered = new QStandardItem(m_format.date(order->orderDate));
            ordered->setData(order->number, Qt::UserRole);
            auto *amount = new QStandardItem(m_format.format(order->total));
            amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            auto *reason = new QStandardItem(order->holdReason);
            reason->setToolTip(order->holdReason);
            m_model->appendRow(
                { ordered, new QStandardItem(order->number), new QStandardItem(order->customerId), amount, reason });
        }
        const bool any = m_model->rowCount() > 0;
        if (any)
            m_view->setCurrentIndex(m_model->index(0, 0));
        m_view->setFocus();
        m_release->setEnabled(any);
        m_cancel->setEnabled(any);
        if (!any && m_problem->text().isEmpty())
            m_problem->setText(tr("No order is on credit hold."));
    });
}

void HeldOrdersDialog::decide(bool release)
{
    const QString number = m_model->index(m_view->currentIndex().row(), 0).data(Qt::UserRole).toString();
    if (number.isEmpty())
        return;
    m_release->setEnabled(false);
    m_cancel->setEnabled(false);
    auto done = m_session.run<Result<SalesOrder>>(
        [number, release, author = m_author, clock = &m_clock](storage::Workspace &ws, services::JobControl &) {
            return services::SalesOrders(ws.database(), *clock, author).decide(number, release);
        });
    whenReady(this, done, [this](const Result<SalesOrder> &order) {
        m_problem->setText(order ? QString() : ErrorMessages::describe(order.error()));
        if (order)
            emit decided();
        reload();
    });
}

} // namespace cc::ui
