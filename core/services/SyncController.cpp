// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncController.h"

#include "sync/ChangeListener.h"
#include "sync/ConflictStore.h"

#include <QFutureWatcher>

namespace cc::services {
namespace {

constexpr int kFirstRetryMs = 1000;
constexpr int kLongestRetryMs = 60'000;
// A safety net: a notification lost with a dropped connection is made up for by a round.
constexpr int kPollMs = 60'000;

struct Counts {
    qint64 waiting = 0;
    qint64 conflicts = 0;
};

} // namespace

/// The server connection rounds use. Only ever touched inside workspace jobs (one thread at
/// a time); a new Link per connectTo(), so a round still running for an old one is harmless.
struct SyncController::Link {
    QString uri;
    std::unique_ptr<server::PgConnection> connection;
};

SyncController::SyncController(WorkspaceSession &session, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_clock(clock)
    , m_listener(new sync::ChangeListener)
{
    m_listener->moveToThread(&m_listenerThread);
    connect(&m_listenerThread, &QThread::finished, m_listener, &QObject::deleteLater);
    m_listenerThread.start();
    connect(m_listener, &sync::ChangeListener::listening, this, [this] {
        m_retryDelayMs = 0;
        startRound();
    });
    connect(m_listener, &sync::ChangeListener::changed, this, &SyncController::syncNow);
    connect(m_listener, &sync::ChangeListener::lost, this, &SyncController::goOffline);

    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_link) {
            setState(State::Connecting);
            QMetaObject::invokeMethod(m_listener, "start", Qt::QueuedConnection, Q_ARG(QString, m_link->uri));
        }
    });
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_state == State::Online)
            startRound();
    });
    connect(&m_session, &WorkspaceSession::dataChanged, this, &SyncController::refreshCounts);
}

SyncController::~SyncController()
{
    QMetaObject::invokeMethod(m_listener, "stop", Qt::BlockingQueuedConnection);
    m_listenerThread.quit();
    m_listenerThread.wait();
}

void SyncController::connectTo(const QString &uri)
{
    m_link = std::make_shared<Link>();
    m_link->uri = uri;
    m_retryDelayMs = 0;
    m_poll.start();
    setState(State::Connecting);
    QMetaObject::invokeMethod(m_listener, "start", Qt::QueuedConnection, Q_ARG(QString, uri));
}

QString SyncController::serverUri() const
{
    return m_link ? m_link->uri : QString();
}

void SyncController::disconnectFromServer()
{
    m_link.reset();
    m_retry.stop();
    m_poll.stop();
    m_again = false;
    QMetaObject::invokeMethod(m_listener, "stop", Qt::QueuedConnection);
    setState(State::NoServer);
}

void SyncController::syncNow()
{
    if (!m_link)
        return;
    if (m_state == State::Offline || m_state == State::Failed) {
        m_retry.stop();
        m_retry.start(0);
        return;
    }
    if (m_state == State::Connecting)
        return; // the round follows once the listener is in
    startRound();
}

void SyncController::startRound()
{
    if (!m_link)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    setState(State::Syncing);
    auto link = m_link;
    const Clock *clock = &m_clock;
    QFuture<Result<sync::SyncReport>> round = m_session.run<Result<sync::SyncReport>>(
        [link, clock](storage::Workspace &workspace, JobControl &control) -> Result<sync::SyncReport> {
            if (!link->connection || link->connection->isBroken()) {
                auto opened = server::PgConnection::open(link->uri);
                if (!opened)
                    return opened.error();
                link->connection = std::move(opened).value();
            }
            auto report = sync::SyncRound(*link->connection, workspace.database(), *clock).run(control);
            if (!report && report.error().code == ErrorCode::ServerUnavailable)
                link->connection.reset();
            return report;
        });
    emit roundStarted(QFuture<void>(round));
    auto *watcher = new QFutureWatcher<Result<sync::SyncReport>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, link] {
        watcher->deleteLater();
        m_running = false;
        if (link != m_link)
            return; // signed out or reconnected meanwhile
        if (watcher->isCanceled() || watcher->future().resultCount() == 0) {
            setState(State::Online);
            return;
        }
        roundFinished(watcher->result());
    });
    watcher->setFuture(round);
}

void SyncController::roundFinished(const Result<sync::SyncReport> &report)
{
    if (!report) {
        if (report.error().code == ErrorCode::ServerUnavailable) {
            goOffline(report.error().detail);
        } else if (report.error().code == ErrorCode::Cancelled) {
            setState(State::Online);
        } else {
            // The server is there but will not sync (unknown schema, no rights): retry slowly.
            m_retryDelayMs = kLongestRetryMs;
            m_retryAt = m_clock.now().addMSecs(m_retryDelayMs);
            m_retry.start(m_retryDelayMs);
            setState(State::Failed, report.error().detail);
        }
        return;
    }
    m_waiting = report->waiting;
    m_conflicts = report->conflicts;
    m_lastSynced = m_clock.now();
    const sync::PullReport &pulled = report->pulled;
    if (pulled.customers + pulled.invoices + pulled.payments + pulled.allocations + pulled.records + pulled.removed
            + report->pushed.conflicts
        > 0)
        m_session.notifyChanged();
    setState(State::Online);
    if (m_again)
        startRound();
}

void SyncController::goOffline(const QString &problem)
{
    if (!m_link)
        return;
    m_retryDelayMs = m_retryDelayMs == 0 ? kFirstRetryMs : qMin(m_retryDelayMs * 2, kLongestRetryMs);
    m_retryAt = m_clock.now().addMSecs(m_retryDelayMs);
    m_retry.start(m_retryDelayMs);
    QMetaObject::invokeMethod(m_listener, "stop", Qt::QueuedConnection);
    setState(State::Offline, problem);
    refreshCounts();
}

void SyncController::refreshCounts()
{
    const Clock *clock = &m_clock;
    auto counts = m_session.run<Result<Counts>>([clock](storage::Workspace &workspace, JobControl &) -> Result<Counts> {
        Counts counts;
        auto waiting = sync::Outbox(workspace.database(), *clock).count();
        if (!waiting)
            return waiting.error();
        auto conflicts = sync::ConflictStore(workspace.database(), *clock).count();
        if (!conflicts)
            return conflicts.error();
        counts.waiting = *waiting;
        counts.conflicts = *conflicts;
        return counts;
    });
    auto *watcher = new QFutureWatcher<Result<Counts>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher->isCanceled() || watcher->future().resultCount() == 0 || !watcher->result())
            return;
        const Counts counts = *watcher->result();
        if (counts.waiting != m_waiting || counts.conflicts != m_conflicts) {
            m_waiting = counts.waiting;
            m_conflicts = counts.conflicts;
            emit stateChanged();
        }
        // Edits made here go up at once when the server is there.
        if (counts.waiting > 0 && m_state == State::Online)
            startRound();
    });
    watcher->setFuture(counts);
}

void SyncController::setState(State state, const QString &problem)
{
    m_state = state;
    m_problem = problem;
    emit stateChanged();
}

} // namespace cc::services
