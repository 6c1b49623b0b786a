// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkspaceSession.h"
#include "common/Clock.h"
#include "sync/SyncRound.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QThread>
#include <QTimer>

namespace cc::sync {
class ChangeListener;
}

namespace cc::services {

/// Keeps the open workspace in step with the server while the app runs: syncs when the
/// server announces a change (LISTEN/NOTIFY) and right after local edits, keeps edits queued
/// while the server is away, and reconnects with growing pauses (1 s … 60 s). Rounds run as
/// workspace jobs; connecting and listening happen on a thread of their own.
class SyncController : public QObject {
    Q_OBJECT
public:
    enum class State {
        NoServer, ///< local workspace only
        Connecting, ///< reaching the server
        Syncing, ///< a round is running
        Online, ///< in step with the server, listening for changes
        Offline, ///< the server is away; edits wait, a retry is scheduled
        Failed, ///< the server answers but cannot be synced with (schema, rights)
    };
    Q_ENUM(State)

    SyncController(WorkspaceSession &session, const Clock &clock, QObject *parent = nullptr);
    ~SyncController() override;

    /// Starts syncing with the server at `uri` (password included).
    void connectTo(const QString &uri);
    /// Stops syncing; queued edits stay in the workspace.
    void disconnectFromServer();
    /// The server this desktop syncs with (password included), for work that must go through
    /// it, such as issuing numbers; empty without one.
    QString serverUri() const;

    State state() const { return m_state; }
    /// What went wrong, for Offline and Failed.
    QString problem() const { return m_problem; }
    qint64 conflicts() const { return m_conflicts; }
    qint64 waiting() const { return m_waiting; }
    QDateTime lastSynced() const { return m_lastSynced; }
    /// When the next reconnection attempt is due, while Offline.
    QDateTime retryAt() const { return m_retryAt; }

public slots:
    /// Syncs at once (or right after the running round); while offline, reconnects at once.
    void syncNow();

signals:
    void stateChanged();
    /// A round began. Most take milliseconds; the first into a workspace can take minutes,
    /// so it reports progress and can be cancelled through this future.
    void roundStarted(const QFuture<void> &round);

private:
    struct Link;

    void setState(State state, const QString &problem = {});
    void startRound();
    void roundFinished(const Result<sync::SyncReport> &report);
    void goOffline(const QString &problem);
    void refreshCounts();

    WorkspaceSession &m_session;
    const Clock &m_clock;
    QThread m_listenerThread;
    sync::ChangeListener *m_listener;
    std::shared_ptr<Link> m_link;
    QTimer m_retry;
    QTimer m_poll;
    int m_retryDelayMs = 0;
    bool m_running = false;
    bool m_again = false;
    State m_state = State::NoServer;
    QString m_problem;
    qint64 m_conflicts = 0;
    qint64 m_waiting = 0;
    QDateTime m_lastSynced;
    QDateTime m_retryAt;
};

} // namespace cc::services
