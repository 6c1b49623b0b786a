// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "security/KeychainKeyStore.h"
#include "services/WorkspaceSession.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace cc {
class Clock;
}

namespace cc::ui {

class MainWindow;

/// What the command line asked for.
struct StartupOptions {
    QString workspace; ///< the workspace folder
    QString keyFile; ///< a file holding the passphrase; empty: the key is in the OS keychain
    QString screenshot; ///< render the main window to this PNG once data is shown, then quit
    QString page; ///< "customers", "invoices", "worklist" or "dunning"; empty: the page shown last
};

/// Takes the application from launch to a main window: offers to create a workspace on first
/// run (optionally with demo data), opens it on the session's worker thread, and reports
/// failures by name. Every step continues asynchronously; nothing here waits in a nested loop.
class StartupController : public QObject {
    Q_OBJECT
public:
    StartupController(StartupOptions options, const Clock &clock, QObject *parent = nullptr);
    ~StartupController() override;

    void start();

signals:
    /// The application should quit with this exit code.
    void finished(int exitCode);

private:
    void askFirstRun();
    void openWorkspace(bool create, qint64 demoInvoices);
    void createDemo(qint64 invoices);
    /// Calls `handler` with the job's status once it ends; nullopt when it was cancelled.
    void whenFinished(const QFuture<Status> &future, std::function<void(const std::optional<Status> &)> handler);
    void showMainWindow(const QString &message = {});
    void takeScreenshot();
    void fail(const QString &title, const Error &error);

    StartupOptions m_options;
    const Clock &m_clock;
    std::optional<QByteArray> m_passphrase;
    // Declaration order is destruction order reversed: the window goes first, so no continuation
    // runs on it after it is gone; the session joins its thread before the keychain it uses goes.
    security::KeychainKeyStore m_keychain; // used only on the session's worker thread
    services::WorkspaceSession m_session;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace cc::ui
