// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobControl.h"
#include "storage/Workspace.h"

#include <QFuture>
#include <QObject>
#include <QThread>
#include <functional>
#include <memory>

namespace cc::services {

/// Owns the open workspace on a worker thread of its own. Every database access is a job
/// run there; callers get a QFuture and continue with `.then(context, …)`. The GUI thread
/// never touches SQL.
class WorkspaceSession : public QObject {
    Q_OBJECT
public:
    explicit WorkspaceSession(QObject *parent = nullptr);
    /// Closes the workspace on its thread and joins the thread.
    ~WorkspaceSession() override;

    /// Opens (or creates) a workspace; options.keyStore must outlive the call.
    QFuture<Status> open(const QString &directory, const storage::WorkspaceOptions &options);

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

    QThread m_thread;
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
        if (!m_workspace) {
            promise->addResult(T(makeError(ErrorCode::WorkspaceMissing, QStringLiteral("no workspace is open"))));
        } else if (!promise->isCanceled()) {
            PromiseJobControl<T> control(*promise);
            promise->addResult(job(*m_workspace, control));
        }
        promise->finish();
    });
    return future;
}

} // namespace cc::services
