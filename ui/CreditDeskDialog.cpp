// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditDeskDialog.h"

#include "DomainText.h"
#include "ErrorMessages.h"
#include "WhenReady.h"
#include "common/Clock.h"
#include "services/CreditDesk.h"
#include "services/WorkspaceSession.h"
#include "storage/CreditRequestRepository.h"
#include "storage/CreditReviewRepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace cc::ui {
namespace {

struct Desk {
    QList<credit::CreditRequest> requests;
    struct Due {
        storage::CreditReviewRepository::Due account;
        credit::RiskScore risk;
    };
    QList<Due> reviews;
};

QTreeView *makeList(QStandardItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->header()->setStretchLastSection(true);
    return view;
}

} // namespace

CreditDeskDialog::CreditDeskDialog(
    services::WorkspaceSession &session, const Clock &clock, QString author, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_clock(clock)
    , m_author(std::move(author))
    , m_requests(new QStandardItemModel(this))
    , m_reviews(new QStandardItemModel(this))
    , m_requestView(makeList(m_requests, QStringLiteral("creditRequestList"), this))
    , m_reviewView(makeList(m_reviews, QStringLiteral("creditReviewList"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Credit desk"));
    setObjectName(QStringLiteral("creditDeskDialog"));
    m_requests->setHorizontalHeaderLabels({ tr("Requested"), tr("Customer"), tr("Limit"), tr("Until"), tr("State"),
        tr("Requested by"), tr("Justification") });
    m_reviews->setHorizontalHeaderLabels(
        { tr("Customer"), tr("Name"), tr("Collector"), tr("Last reviewed"), tr("Due"), tr("Risk score"), tr("Why") });
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_requestView, tr("Limit &requests"));
    tabs->addTab(m_reviewView, tr("Reviews d&ue"));
    m_problem->setObjectName(QStringLiteral("creditDeskProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::Link);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_approve = buttons->addButton(tr("&Approve"), QDialogButtonBox::ActionRole);
    m_approve->setObjectName(QStringLiteral("creditApprove"));
    m_reject = buttons->addButton(tr("Re&ject…"), QDialogButtonBox::ActionRole);
    m_reject->setObjectName(QStringLiteral("creditReject"));
    m_review = buttons->addButton(tr("Re&view…"), QDialogButtonBox::ActionRole);
    m_review->setObjectName(QStringLiteral("creditReview"));
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_review, &QPushButton::clicked, this, &CreditDeskDialog::review);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto showButtons = [this, tabs] {
        const bool requests = tabs->currentIndex() == 0;
        m_approve->setVisible(requests);
        m_reject->setVisible(requests);
        m_review->setVisible(!requests);
    };
    connect(tabs, &QTabWidget::currentChanged, this, showButtons);
    showButtons();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(980, 460);
    reload();
}

void CreditDeskDialog::reload()
{
    auto loaded = m_session.run<Result<Desk>>(
        [author = m_author, clock = &m_clock](storage::Workspace &ws, services::JobControl &) -> Result<Desk> {
            Desk desk;
            auto requests = storage::CreditRequestRepository(ws.database()).list();
            if (!requests)
                return requests.error();
            desk.requests = *requests;
            auto due = storage::CreditReviewRepository(ws.database()).dueOn(clock->today());
            if (!due)
                return due.error();
            services::CreditDesk credit(ws.database(), *clock, author);
            for (const auto &account : std::as_const(*due)) {
                auto risk = credit.riskScore(account.customerId);
                if (!risk)
                    return risk.error();
                desk.reviews.append({ account, *risk });
            }
            // The riskiest accounts first among those due.
            std::stable_sort(desk.reviews.begin(), desk.reviews.end(),
                [](const Desk::Due &a, const Desk::Due &b) { return a.risk.score > b.risk.score; });
            return desk;
        });
    whenReady(this, loaded, [this](const Result<Desk> &desk) {
        if (!desk) {
            m_problem->setText(ErrorMessages::describe(desk.error()));
            return;
        }
        m_requests->removeRows(0, m_requests->rowCount());
        for (const credit::CreditRequest &r : desk->requests) {
            auto *requested = new QStandardItem(m_format.date(r.requestedOn));
            requested->setData(r.id, Qt::UserRole);
            auto *limit = new QStandardItem(m_format.format(r.limit));
            limit->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_requests->appendRow({ requested, new QStandardItem(r.customerId), limit,
                new QStandardItem(r.isTemporary() ? m_format.date(r.expiresOn) : QString()),
                new QStandardItem(DomainText::creditRequestStatus(r.status)), new QStandardItem(r.requestedBy),
                new QStandardItem(r.justification) });
        }
        m_reviews->removeRows(0, m_reviews->rowCount());
        for (const Desk::Due &due : desk->reviews) {
            auto *customer = new QStandardItem(due.account.customerId);
            customer->setData(due.account.customerId, Qt::UserRole);
            auto *score = new QStandardItem(QStringLiteral("%1 (%2)").arg(due.risk.score).arg(due.risk.grade()));
            m_reviews->appendRow(
                { customer, new QStandardItem(due.account.customerName), new QStandardItem(due.account.collector),
                    new QStandardItem(
                        due.account.lastReviewed.isValid() ? m_format.date(due.account.lastReviewed) : tr("never")),
                    new QStandardItem(due.account.dueOn.isValid() ? m_format.date(due.account.dueOn) : tr("now")),
                    score, new QStandardItem(due.risk.explanation.join(QStringLiteral("; "))) });
        }
        for (QTreeView *view : { m_requestView, m_reviewView }) {
            if (view->model()->rowCount() > 0)
                view->setCurrentIndex(view->model()->index(0, 0));
            for (int column = 0; column < view->model()->columnCount() - 1; ++column)
                view->resizeColumnToContents(column);
        }
        m_approve->setEnabled(m_requests->rowCount() > 0);
        m_reject->setEnabled(m_requests->rowCount() > 0);
        m_review->setEnabled(m_reviews->rowCount() > 0);
    });
}

QString CreditDeskDialog::selected(QTreeView *view) const
{
    return view->model()->index(view->currentIndex().row(), 0).data(Qt::UserRole).toString();
}

void CreditDeskDialog::run(std::function<Status(storage::Workspace &)> action)
{
    auto done = m_session.run<Status>(
        [action = std::move(action)](storage::Workspace &ws, services::JobControl &) { return action(ws); });
    whenReady(this, done, [this](const Status &status) {
        m_problem->setText(status ? QString() : ErrorMessages::describe(status.error()));
        if (status)
            emit changed();
        reload();
    });
}

void CreditDeskDialog::decide(bool approve)
{
    const QString id = selected(m_requestView);
    if (id.isEmpty())
        return;
    const auto carryOut = [this, id, approve](const QString &note) {
        run([id, approve, note, author = m_author, clock = &m_clock](storage::Workspace &ws) -> Status {
            services::CreditDesk desk(ws.database(), *clock, author);
            auto decided = approve ? desk.approve(id, note) : desk.reject(id, note);
            return decided ? success() : Status(decided.error());
        });
    };
    if (approve) {
        carryOut(QString());
        return;
    }
    auto *ask = new QInputDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setObjectName(QStringLiteral("creditRejectNote"));
    ask->setWindowTitle(tr("Reject the credit request"));
    ask->setLabelText(tr("Why it is rejected:"));
    connect(ask, &QInputDialog::textValueSelected, this, carryOut);
    ask->open();
}

void CreditDeskDialog::review()
{
    const QString customer = selected(m_reviewView);
    if (customer.isEmpty())
        return;
    auto *ask = new QInputDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setObjectName(QStringLiteral("creditDeskReviewNote"));
    ask->setWindowTitle(tr("Credit review of %1").arg(customer));
    ask->setLabelText(tr("What the review found:"));
    connect(ask, &QInputDialog::textValueSelected, this, [this, customer](const QString &note) {
        run([customer, note, author = m_author, clock = &m_clock](storage::Workspace &ws) -> Status {
            auto reviewed = services::CreditDesk(ws.database(), *clock, author).review(customer, note);
            return reviewed ? success() : Status(reviewed.error());
        });
    });
    ask->open();
}

} // namespace cc::ui
