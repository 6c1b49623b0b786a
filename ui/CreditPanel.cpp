// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditPanel.h"

#include "CreditRequestDialog.h"
#include "CurrentUser.h"
#include "DomainText.h"
#include "ErrorMessages.h"
#include "WhenReady.h"
#include "common/Clock.h"
#include "server/AuditTrail.h"
#include "services/CreditDesk.h"
#include "services/WorkspaceSession.h"
#include "storage/CreditHoldRepository.h"
#include "storage/CreditRequestRepository.h"
#include "storage/CreditReviewRepository.h"
#include "storage/DisputeRepository.h"
#include "storage/RiskFactsQuery.h"
#include "storage/WriteOffRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace cc::ui {

struct CreditPanel::Profile {
    struct Event {
        QDateTime at;
        QString what;
        QString by;
        QString details;
    };
    Money limit;
    Money exposure;
    std::optional<QString> hold;
    credit::RiskScore risk;
    QList<Event> history;
    std::optional<Error> serverProblem; ///< the audit log could not be read
};

CreditPanel::CreditPanel(services::WorkspaceSession &session, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_clock(clock)
    , m_summary(new QLabel(this))
    , m_risk(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_history(new QStandardItemModel(this))
    , m_view(new QTreeView(this))
    , m_request(new QPushButton(tr("Ask for a &limit…"), this))
    , m_hold(new QPushButton(tr("Put on &hold…"), this))
    , m_review(new QPushButton(tr("Record a re&view…"), this))
{
    setObjectName(QStringLiteral("creditPanel"));
    m_summary->setObjectName(QStringLiteral("creditSummary"));
    m_summary->setWordWrap(true);
    m_risk->setObjectName(QStringLiteral("creditRisk"));
    m_risk->setWordWrap(true);
    m_risk->setTextFormat(Qt::PlainText);
    m_problem->setObjectName(QStringLiteral("creditProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::Link);
    m_history->setHorizontalHeaderLabels({ tr("When"), tr("What"), tr("By"), tr("Details") });
    m_view->setObjectName(QStringLiteral("creditHistory"));
    m_view->setModel(m_history);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(0, 110);
    m_view->header()->resizeSection(1, 320);
    m_view->header()->resizeSection(2, 110);
    m_request->setObjectName(QStringLiteral("creditRequestButton"));
    m_hold->setObjectName(QStringLiteral("creditHoldButton"));
    m_review->setObjectName(QStringLiteral("creditReviewButton"));
    connect(m_request, &QPushButton::clicked, this, &CreditPanel::askForLimit);
    connect(m_hold, &QPushButton::clicked, this, &CreditPanel::holdOrRelease);
    connect(m_review, &QPushButton::clicked, this, &CreditPanel::review);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_request);
    buttons->addWidget(m_hold);
    buttons->addWidget(m_review);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_risk);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    layout->addWidget(m_view, 1);
}

void CreditPanel::reload()
{
    if (m_customerId.isEmpty())
        return;
    const QString id = m_customerId;
    const QDate today = m_clock.today();
    const QString serverUri = m_serverUri ? m_serverUri() : QString();
    auto future = m_session.run<Result<Profile>>([id, today, serverUri](storage::Workspace &ws,
                                                     services::JobControl &) -> Result<Profile> {
        storage::SqlDatabase &db = ws.database();
        const services::MoneyFormatter format;
        Profile profile;
        auto facts = storage::RiskFactsQuery(db).of(id, today);
        auto hold = storage::CreditHoldRepository(db).history(id);
        auto requests = storage::CreditRequestRepository(db).list(id);
        auto reviews = storage::CreditReviewRepository(db).history(id);
        auto disputes = storage::DisputeRepository(db).list(true);
        auto writeOffs = storage::WriteOffRepository(db).list();
        for (const Error *error : { facts ? nullptr : &facts.error(), hold ? nullptr : &hold.error(),
                 requests ? nullptr : &requests.error(), reviews ? nullptr : &reviews.error(),
                 disputes ? nullptr : &disputes.error(), writeOffs ? nullptr : &writeOffs.error() })
            if (error)
                return *error;
        profile.limit = facts->creditLimit;
        profile.exposure = facts->exposure;
        profile.risk = credit::RiskScore::of(*facts);
        if (!hold->isEmpty() && hold->first().hold)
            profile.hold = hold->first().reason;
        // Most records carry a day, not a time: they sort before timed ones (holds) of that day.
        const auto day = [](const QDate &date) { return QDateTime(date, QTime(0, 0)); };
        for (const auto &event : std::as_const(*hold))
            profile.history.append({ event.decidedAt,
                event.hold ? tr("Put on credit hold") : tr("Credit hold released"), event.decidedBy, event.reason });
        for (const credit::CreditRequest &r : std::as_const(*requests)) {
            const QString limit = r.isTemporary()
                ? tr("%1 until %2").arg(format.format(r.limit), format.date(r.expiresOn))
                : format.format(r.limit);
            profile.history.append(
                { day(r.requestedOn), tr("Credit limit of %1 requested").arg(limit), r.requestedBy, r.justification });
            if (r.decidedOn.isValid())
                profile.history.append({ day(r.decidedOn).addSecs(1),
                    tr("Credit limit of %1: %2").arg(limit, DomainText::creditRequestStatus(r.status)),
                    r.cfoBy.isEmpty() ? r.managerBy : tr("%1, CFO %2").arg(r.managerBy, r.cfoBy), r.decisionNote });
        }
        for (const auto &r : std::as_const(*reviews))
            profile.history.append({ day(r.reviewedOn), tr("Credit review, risk score %1").arg(r.riskScore),
                r.reviewedBy, tr("%1; next review by %2").arg(r.note, format.date(r.nextReview)) });
        for (const Dispute &d : std::as_const(*disputes)) {
            if (d.customerId != id)
                continue;
            profile.history.append({ day(d.openedOn), tr("Dispute on %1 opened").arg(d.invoiceNumber), d.owner,
                tr("%1, %2").arg(format.format(d.amount), DomainText::disputeReason(d.reason)) });
            if (d.status == Dispute::Status::Resolved && d.resolution)
                profile.history.append(
                    { day(d.resolvedOn).addSecs(1), tr("Dispute on %1 resolved").arg(d.invoiceNumber),
                        d.resolution->decidedBy, DomainText::disputeResolution(d.resolution->kind) });
        }
        for (const WriteOff &w : std::as_const(*writeOffs)) {
            if (w.customerId == id)
                profile.history.append(
                    { day(w.requestedOn), tr("Write-off of %1 on %2").arg(format.format(w.amount), w.invoiceNumber),
                        w.requestedBy, w.reason });
        }
        if (!serverUri.isEmpty()) {
            // Everything the server recorded about the customer, for those who may read its log.
            auto connection = server::PgConnection::open(serverUri);
            auto trail = connection ? server::AuditTrail::forCustomer(**connection, id)
                                    : Result<QList<server::AuditTrail::Entry>>(connection.error());
            if (trail) {
                for (const server::AuditTrail::Entry &entry : std::as_const(*trail))
                    profile.history.append({ entry.at.toLocalTime(),
                        tr("%1 %2 (%3)").arg(entry.table, entry.operation.toLower(), entry.key), entry.actor,
                        entry.changes });
            } else if (trail.error().code != ErrorCode::PermissionDenied) {
                profile.serverProblem = trail.error();
            }
        }
        std::stable_sort(profile.history.begin(), profile.history.end(),
            [](const Profile::Event &a, const Profile::Event &b) { return a.at > b.at; });
        return profile;
    });
    whenReady(this, future, [this, id](const Result<Profile> &profile) {
        if (id != m_customerId)
            return;
        if (!profile) {
            m_problem->setText(ErrorMessages::describe(profile.error()));
            return;
        }
        showProfile(*profile);
        m_problem->setText(profile->serverProblem ? tr("The server's audit log could not be read: %1")
                                                        .arg(ErrorMessages::describe(*profile->serverProblem))
                                                  : QString());
        emit loaded();
    });
}

void CreditPanel::showProfile(const Profile &profile)
{
    m_limit = profile.limit;
    m_onHold = profile.hold.has_value();
    QString summary = profile.limit.isPositive()
        ? tr("Credit limit in force: %1. Exposure: %2 (%3 % used).")
              .arg(m_format.format(profile.limit), m_format.format(profile.exposure))
              .arg(profile.exposure.minorUnits() * 100 / profile.limit.minorUnits())
        : tr("No credit limit. Exposure: %1.").arg(m_format.format(profile.exposure));
    if (profile.hold)
        summary += QLatin1Char(' ') + tr("On credit hold: %1.").arg(*profile.hold);
    m_summary->setText(summary);
    m_risk->setText(
        tr("Risk score %1 of 100 (%2):\n%3")
            .arg(profile.risk.score)
            .arg(DomainText::riskClass(profile.risk.grade()), profile.risk.explanation.join(QLatin1Char('\n'))));
    m_hold->setText(m_onHold ? tr("Re&lease hold…") : tr("Put on &hold…"));
    m_history->removeRows(0, m_history->rowCount());
    for (const Profile::Event &event : profile.history)
        m_history->appendRow({ new QStandardItem(m_format.date(event.at.date())), new QStandardItem(event.what),
            new QStandardItem(event.by), new QStandardItem(event.details) });
}

void CreditPanel::run(std::function<Status(storage::Workspace &)> action)
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

void CreditPanel::askForLimit()
{
    auto *dialog = new CreditRequestDialog(m_session, m_clock, currentUser(), m_customerId, m_limit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreditRequestDialog::requested, this, [this] {
        emit changed();
        reload();
    });
    dialog->open();
}

void CreditPanel::holdOrRelease()
{
    auto *ask = new QInputDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setObjectName(QStringLiteral("creditHoldReason"));
    ask->setWindowTitle(m_onHold ? tr("Release the credit hold") : tr("Put on credit hold"));
    ask->setLabelText(m_onHold ? tr("Why the hold ends:") : tr("Why orders are held:"));
    const bool release = m_onHold;
    connect(ask, &QInputDialog::textValueSelected, this, [this, release](const QString &reason) {
        run([customer = m_customerId, reason, release, author = currentUser(), clock = &m_clock](
                storage::Workspace &ws) {
            services::CreditDesk desk(ws.database(), *clock, author);
            return release ? desk.release(customer, reason) : desk.hold(customer, reason);
        });
    });
    ask->open();
}

void CreditPanel::review()
{
    auto *ask = new QInputDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setObjectName(QStringLiteral("creditReviewNote"));
    ask->setWindowTitle(tr("Credit review"));
    ask->setLabelText(tr("What the review found:"));
    connect(ask, &QInputDialog::textValueSelected, this, [this](const QString &note) {
        run([customer = m_customerId, note, author = currentUser(), clock = &m_clock](
                storage::Workspace &ws) -> Status {
            auto reviewed = services::CreditDesk(ws.database(), *clock, author).review(customer, note);
            return reviewed ? success() : Status(reviewed.error());
        });
    });
    ask->open();
}

} // namespace cc::ui
