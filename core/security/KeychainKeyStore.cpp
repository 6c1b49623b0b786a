// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainKeyStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <optional>

namespace cc::security {
namespace {

// Built at each use, not at load time, so it follows the translator installed by then.
QString advice()
{
    return QCoreApplication::translate("KeychainKeyStore",
        "Unlock or start your desktop keyring (Secret Service, e.g. gnome-keyring), or protect the "
        "workspace with a passphrase instead (--key-file).");
}

// QtKeychain serves every job from one executor bound to the first thread that used it, so jobs
// from any other thread are run on the application's thread, the caller waiting.
template <typename Call> auto onApplicationThread(Call call) -> decltype(call())
{
    QCoreApplication *application = QCoreApplication::instance();
    if (!application || QThread::currentThread() == application->thread())
        return call();
    std::optional<decltype(call())> result;
    QMetaObject::invokeMethod(
        application, [&] { result = call(); }, Qt::BlockingQueuedConnection);
    return *result;
}

// Runs a keychain job to completion on this thread's event loop, bounded by a timeout.
bool runJob(QKeychain::Job &job, std::chrono::milliseconds timeout)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return finished;
}

Error keychainError(const QKeychain::Job &job, const QString &what)
{
    return makeError(ErrorCode::KeychainUnavailable,
        QCoreApplication::translate("KeychainKeyStore", "the OS keychain failed to %1 (%2). %3")
            .arg(what, job.errorString(), advice()));
}

Error timeoutError(const QString &what, std::chrono::milliseconds timeout)
{
    return makeError(ErrorCode::KeychainUnavailable,
        QCoreApplication::translate(
            "KeychainKeyStore", "the OS keychain did not answer within %1 s while trying to %2. %3")
            .arg(timeout.count() / 1000)
            .arg(what, advice()));
}

} // namespace

KeychainKeyStore::KeychainKeyStore(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service))
    , m_timeout(timeout)
{
}

Result<QByteArray> KeychainKeyStore::read(const QString &account)
{
    return onApplicationThread([&] { return readHere(account); });
}

Status KeychainKeyStore::write(const QString &account, const QByteArray &secret)
{
    return onApplicationThread([&] { return writeHere(account, secret); });
}

Status KeychainKeyStore::remove(const QString &account)
{
    return onApplicationThread([&] { return removeHere(account); });
}

Result<QByteArray> KeychainKeyStore::readHere(const QString &account)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(account);
    const QString what = tr("read the key \"%1\"").arg(account);
    if (!runJob(job, m_timeout))
        return timeoutError(what, m_timeout);
    if (job.error() == QKeychain::EntryNotFound)
        return makeError(ErrorCode::NotFound, tr("the OS keychain has no key \"%1\"").arg(account));
    if (job.error() != QKeychain::NoError)
        return keychainError(job, what);
    return QByteArray::fromHex(job.textData().toLatin1());
}

Status KeychainKeyStore::writeHere(const QString &account, const QByteArray &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(account);
    job.setTextData(QString::fromLatin1(secret.toHex()));
    const QString what = tr("store the key \"%1\"").arg(account);
    if (!runJob(job, m_timeout))
        return timeoutError(what, m_timeout);
    if (job.error() != QKeychain::NoError)
        return keychainError(job, what);
    return success();
}

Status KeychainKeyStore::removeHere(const QString &account)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(account);
    const QString what = tr("delete the key \"%1\"").arg(account);
    if (!runJob(job, m_timeout))
        return timeoutError(what, m_timeout);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job, what);
    return success();
}

} // namespace cc::security
