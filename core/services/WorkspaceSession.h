// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PromiseJobControl.h"
#include "domain/Money.h"
#include "storage/Workspace.h"

#include <QFuture>
#include <QObject>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>
#include <stdexcept>

namespace cc::services {

/// Owns the open workspace on a worker thread of its own. Every database access is a job
/// run there; callers get a QFuture (the GUI continues with ui::whenReady). The GUI thread
/// never touches SQL.
class WorkspaceSession : public QObject {
    Q_OBJECT
public:
    explicit WorkspaceSession(QObject *parent = nullptr);
    /// Cancels the running and queued jobs, closes the workspace on its thread and joins it.
    ~WorkspaceSession() override;

    /// Opens (or creates) a workspace; options.keyStore must outlive the call.
    QFuture<Status> open(const QString &directory, const storage::WorkspaceOptions &options);

    /// Closes the open workspace and deletes it with its key (sign-out that wipes this
    /// desktop's copy); keyStore must outlive the call.
    QFuture<Status> removeWorkspace(security::KeyStore *keyStore);

    /// Runs `job` on the worker thread with the open workspace. T is a Result<…>;
    /// without an open workspace the job is not run and the result carries WorkspaceMissing.
    template<typename T>
    QFuture<T> run(std::function<T(storage::Workspace &, JobControl &)> job);

    /// Announces that a job changed data, so views reload.
    void notifyChanged() { emit dataChanged(); }

signals:
    void dataChanged();

private:
    void post(std::function<void()> task);

    template<typename T>
    static T failure(ErrorCode code, const char *what);

    QThread m_thread;
    std::atomic_bool m_shuttingDown = false;
    QObject *m_worker; // lives in m_thread; every task runs in its context
    std::unique_ptr<storage::Workspace> m_workspace; // touched only on m_thread
};

template<typename T>
QFuture<T> WorkspaceSession::run(std::function<T(storage::Workspace &, JobControl &)> job)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    post([this, promise, job = std::move(job)] {
        promise->start();
        if (m_shuttingDown) {
            promise->future().cancel();
        } else if (!m_workspace) {
            promise->addResult(T(makeError(ErrorCode::WorkspaceMissing, QStringLiteral("no workspace is open"))));
        } else if (!promise->isCanceled()) {
            PromiseJobControl<T> control(*promise, m_shuttingDown);
            // Money throws on a programming error (mixed currencies) or on overflow from
            // extreme input: report it as the job's result instead of ending the app.
            try {
                promise->addResult(job(*m_workspace, control));
            } catch (const CurrencyMismatchError &e) {
                promise->addResult(failure<T>(ErrorCode::CurrencyMismatch, e.what()));
            } catch (const std::overflow_error &e) {
                promise->addResult(failure<T>(ErrorCode::Overflow, e.what()));
            }
        }
        promise->finish();
    });
    return future;
}

template<typename T>
T WorkspaceSession::failure(ErrorCode code, const char *what)
{
    return T(makeError(code, QString::fromUtf8(what)));
}

} // namespace cc::services
