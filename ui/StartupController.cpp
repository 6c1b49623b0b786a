// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupController.h"

#include "CustomersPage.h"
#include "DunningPage.h"
#include "ErrorMessages.h"
#include "FirstRunDialog.h"
#include "JobProgressDialog.h"
#include "MainWindow.h"
#include "WorklistPage.h"
#include "common/Clock.h"
#include "services/DemoGenerator.h"

#include <QApplication>
#include <QFile>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>

namespace cc::ui {

StartupController::StartupController(StartupOptions options, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
{
}

StartupController::~StartupController() = default;

void StartupController::start()
{
    // Between the first-run dialog and the main window no window is visible; that must not quit.
    QApplication::setQuitOnLastWindowClosed(false);
    if (!m_options.keyFile.isEmpty()) {
        QFile file(m_options.keyFile);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(tr("Cannot read the key file"),
                makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(file.fileName(), file.errorString())));
            return;
        }
        QByteArray passphrase = file.readAll();
        while (passphrase.endsWith('\n') || passphrase.endsWith('\r'))
            passphrase.chop(1);
        if (passphrase.isEmpty()) {
            fail(tr("Cannot read the key file"),
                makeError(ErrorCode::InvalidInput, tr("%1 is empty").arg(file.fileName())));
            return;
        }
        m_passphrase = passphrase;
    }
    if (storage::Workspace::exists(m_options.workspace))
        openWorkspace(false, 0);
    else if (!m_options.screenshot.isEmpty())
        fail(tr("No workspace"), makeError(ErrorCode::WorkspaceMissing, m_options.workspace));
    else
        askFirstRun();
}

void StartupController::askFirstRun()
{
    auto *dialog = new FirstRunDialog(m_options.workspace, !m_passphrase);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        openWorkspace(true, dialog->choice() == FirstRunDialog::Choice::Demo ? dialog->demoInvoices() : 0);
    });
    connect(dialog, &QDialog::rejected, this, [this] { emit finished(0); });
    dialog->open();
}

void StartupController::openWorkspace(bool create, qint64 demoInvoices)
{
    storage::WorkspaceOptions options;
    options.createIfMissing = create;
    options.passphrase = m_passphrase;
    options.keyStore = &m_keychain;
    const QFuture<Status> future = m_session.open(m_options.workspace, options);
    // Unlocking through the keychain can wait on the user (or time out): show that it is busy.
    auto *progress = new JobProgressDialog(
        QFuture<void>(future), create ? tr("Creating the workspace…") : tr("Opening the workspace…"), 500, nullptr);
    progress->setCancelButton(nullptr);
    whenFinished(future, [this, demoInvoices](const std::optional<Status> &status) {
        if (!status) {
            emit finished(1); // the progress dialog was closed: the user gave up
        } else if (!*status) {
            fail(tr("Cannot open the workspace"), status->error());
        } else if (demoInvoices > 0) {
            createDemo(demoInvoices);
        } else {
            showMainWindow();
        }
    });
}

void StartupController::createDemo(qint64 invoices)
{
    services::DemoOptions options;
    options.invoices = invoices;
    options.today = m_clock.today();
    const QFuture<Status> future
        = m_session.run<Status>([options](storage::Workspace &ws, services::JobControl &control) {
              return services::DemoGenerator::generate(ws, options, control);
          });
    new JobProgressDialog(
        QFuture<void>(future), tr("Creating %1 demo invoices…").arg(QLocale().toString(invoices)), 0, nullptr);
    whenFinished(future, [this](const std::optional<Status> &status) {
        if (!status) // cancelled: the generator rolls back, and the window's loads queue behind it
            showMainWindow(tr("Demo creation was cancelled; the workspace is empty."));
        else if (!*status)
            fail(tr("Cannot create the demo data"), status->error());
        else
            showMainWindow();
    });
}

void StartupController::whenFinished(
    const QFuture<Status> &future, std::function<void(const std::optional<Status> &)> handler)
{
    // A watcher owned by this controller rather than then()/onCanceled(): Qt 6.4 runs an
    // onCanceled() handler even while its context object is being destroyed.
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, handler = std::move(handler)] {
        watcher->deleteLater();
        handler(watcher->isCanceled() || watcher->future().resultCount() == 0
                ? std::nullopt
                : std::optional<Status>(watcher->result()));
    });
    watcher->setFuture(future);
}

void StartupController::showMainWindow(const QString &message)
{
    m_window = std::make_unique<MainWindow>(m_session, m_clock, m_options.workspace);
    const QStringList pages { QStringLiteral("customers"), QStringLiteral("invoices"), QStringLiteral("worklist"),
        QStringLiteral("dunning") };
    const auto page = MainWindow::Page(std::max(0, int(pages.indexOf(m_options.page))));
    if (!m_options.page.isEmpty())
        m_window->showPage(page);
    if (!m_options.screenshot.isEmpty()) {
        m_window->resize(1280, 800);
        m_window->showPage(page);
        if (page == MainWindow::WorklistPageIndex) {
            connect(m_window->worklistPage(), &WorklistPage::accountLoaded, this, &StartupController::takeScreenshot,
                Qt::SingleShotConnection);
        } else if (page == MainWindow::DunningPageIndex) {
            connect(m_window->dunningPage(), &DunningPage::loaded, this, &StartupController::takeScreenshot,
                Qt::SingleShotConnection);
        } else {
            connect(m_window->customersPage(), &CustomersPage::loaded, this, &StartupController::takeScreenshot,
                Qt::SingleShotConnection);
        }
    }
    m_window->show();
    QApplication::setQuitOnLastWindowClosed(true);
    if (!message.isEmpty())
        m_window->statusBar()->showMessage(message, 15000);
    m_window->reload();
}

void StartupController::takeScreenshot()
{
    // One more turn of the event loop lets the views lay out and the other page's first rows arrive.
    QTimer::singleShot(300, this, [this] {
        const bool saved = m_window->grab().save(m_options.screenshot, "PNG");
        if (!saved)
            QTextStream(stderr) << "cashcycle: " << tr("cannot write %1").arg(m_options.screenshot) << Qt::endl;
        emit finished(saved ? 0 : 1);
    });
}

void StartupController::fail(const QString &title, const Error &error)
{
    if (!m_options.screenshot.isEmpty()) {
        QTextStream(stderr) << "cashcycle: " << ErrorMessages::describe(error) << Qt::endl;
        emit finished(1);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Critical, title, ErrorMessages::summary(error.code), QMessageBox::Close);
    box->setInformativeText(error.detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this] { emit finished(1); });
    box->open();
}

} // namespace cc::ui
