// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceSession.h"

#include <QPromise>

namespace cc::services {

WorkspaceSession::WorkspaceSession(QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("workspace"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

WorkspaceSession::~WorkspaceSession()
{
    // Quit from inside the last task: a quit() from here could end the loop before the task
    // runs, and the SQLCipher connection must be closed on the thread that used it.
    m_shuttingDown = true;
    post([this] {
        m_workspace.reset();
        m_thread.quit();
    });
    m_thread.wait();
    delete m_worker;
}

void WorkspaceSession::post(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_worker, std::move(task), Qt::QueuedConnection);
}

QFuture<Status> WorkspaceSession::open(const QString &directory, const storage::WorkspaceOptions &options)
{
    auto promise = std::make_shared<QPromise<Status>>();
    QFuture<Status> future = promise->future();
    post([this, promise, directory, options] {
        promise->start();
        m_workspace.reset();
        auto opened = storage::Workspace::open(directory, options);
        if (opened) {
            m_workspace = std::move(opened).value();
            promise->addResult(success());
        } else {
            promise->addResult(Status(opened.error()));
        }
        promise->finish();
    });
    return future;
}

QFuture<Status> WorkspaceSession::removeWorkspace(security::KeyStore *keyStore)
{
    auto promise = std::make_shared<QPromise<Status>>();
    QFuture<Status> future = promise->future();
    post([this, promise, keyStore] {
        promise->start();
        promise->addResult(m_workspace ? storage::Workspace::remove(std::move(m_workspace), keyStore)
                                       : Status(makeError(ErrorCode::WorkspaceMissing, QStringLiteral("no workspace is open"))));
        promise->finish();
    });
    return future;
}

} // namespace cc::services
