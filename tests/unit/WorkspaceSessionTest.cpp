// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"
#include "services/WorkspaceSession.h"
#include "storage/CustomerRepository.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>
#include <limits>

using namespace cc;
using services::JobControl;
using services::WorkspaceSession;

namespace {

std::unique_ptr<WorkspaceSession> openSession(const QTemporaryDir &dir)
{
    auto session = std::make_unique<WorkspaceSession>();
    storage::WorkspaceOptions options;
    options.createIfMissing = true;
    options.passphrase = QByteArray(test::TestWorkspace::Passphrase);
    QFuture<Status> opened = session->open(dir.filePath(QStringLiteral("ws")), options);
    opened.waitForFinished();
    EXPECT_TRUE(opened.result().ok()) << qPrintable(opened.result().error().detail);
    return session;
}

} // namespace

TEST(WorkspaceSession, RunsJobsOffTheCallingThread)
{
    QTemporaryDir dir;
    auto session = openSession(dir);
    QThread *caller = QThread::currentThread();
    auto future = session->run<Result<bool>>([caller](storage::Workspace &ws, JobControl &) -> Result<bool> {
        auto count = storage::CustomerRepository(ws.database()).count();
        if (!count)
            return count.error();
        return QThread::currentThread() != caller && *count == 0;
    });
    future.waitForFinished();
    ASSERT_TRUE(future.result().ok());
    EXPECT_TRUE(*future.result());
}

TEST(WorkspaceSession, AMoneyExceptionBecomesTheJobsErrorAndTheSessionGoesOn)
{
    QTemporaryDir dir;
    auto session = openSession(dir);
    auto failing = session->run<Status>([](storage::Workspace &, JobControl &) -> Status {
        const Money huge(std::numeric_limits<qint64>::max(), test::currency("EUR"));
        (void)(huge + huge);
        return success();
    });
    failing.waitForFinished();
    ASSERT_EQ(failing.resultCount(), 1);
    ASSERT_FALSE(failing.result().ok());
    EXPECT_EQ(failing.result().error().code, ErrorCode::Overflow);

    auto mixed = session->run<Status>([](storage::Workspace &, JobControl &) -> Status {
        (void)(test::money("1", "EUR") + test::money("1", "USD"));
        return success();
    });
    mixed.waitForFinished();
    EXPECT_EQ(mixed.result().error().code, ErrorCode::CurrencyMismatch);

    auto after = session->run<Status>([](storage::Workspace &, JobControl &) -> Status { return success(); });
    after.waitForFinished();
    EXPECT_TRUE(after.result().ok());
}

TEST(WorkspaceSession, ShuttingDownCancelsTheRunningJobAndSkipsQueuedOnes)
{
    QTemporaryDir dir;
    auto session = openSession(dir);
    std::atomic_bool started = false;
    std::atomic_bool sawCancel = false;
    auto running = session->run<Status>([&](storage::Workspace &, JobControl &control) -> Status {
        started = true;
        QElapsedTimer patience;
        patience.start();
        while (!control.isCanceled() && patience.elapsed() < 60'000)
            QThread::msleep(5);
        sawCancel = control.isCanceled();
        return makeError(ErrorCode::Cancelled, QString());
    });
    std::atomic_bool queuedRan = false;
    auto queued = session->run<Status>([&](storage::Workspace &, JobControl &) -> Status {
        queuedRan = true;
        return success();
    });
    while (!started)
        QThread::msleep(1);

    QElapsedTimer shutdown;
    shutdown.start();
    session.reset();
    EXPECT_LT(shutdown.elapsed(), 30'000) << "the running job must be told to stop, not waited out";
    EXPECT_TRUE(sawCancel);
    EXPECT_FALSE(queuedRan);
    EXPECT_TRUE(running.isFinished());
    EXPECT_TRUE(queued.isFinished());
    EXPECT_TRUE(queued.isCanceled());
}
