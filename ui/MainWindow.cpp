// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "CashApplicationDialog.h"
#include "CreditDeskDialog.h"
#include "CreditPanel.h"
#include "CurrentUser.h"
#include "DashboardWindow.h"
#include "DisputeDialog.h"
#include "DisputeQueueDialog.h"
#include "HeldOrdersDialog.h"
#include "ImportDialog.h"
#include "InstallmentPlanDialog.h"
#include "OrderDialog.h"
#include "OrderModel.h"

#include "CompanyDialog.h"
#include "ConflictsDialog.h"
#include "CustomerView.h"
#include "CustomersPage.h"
#include "DunningPage.h"
#include "ErrorMessages.h"
#include "InvoiceEditor.h"
#include "InvoicesPage.h"
#include "JobProgressDialog.h"
#include "MailServerDialog.h"
#include "PaymentCorrectionDialog.h"
#include "PaymentDialog.h"
#include "PaymentHolidayDialog.h"
#include "PaymentLinksDialog.h"
#include "ServerConnectionDialog.h"
#include "StatementsDialog.h"
#include "SyncStatusWidget.h"
#include "WhenReady.h"
#include "WorklistPage.h"
#include "WriteOffApprovalsDialog.h"
#include "WriteOffDialog.h"
#include "server/ServerAccount.h"
#include "services/LateFees.h"
#include "services/PaymentLinks.h"
#include "services/SalesOrders.h"
#include "services/SyncController.h"
#include "services/WorkspaceSession.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>

namespace cc::ui {
namespace {

const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kPage = QStringLiteral("mainWindow/page");

QString splitterKey(const QSplitter *splitter)
{
    return QStringLiteral("splitters/%1").arg(splitter->objectName());
}

// Column layouts are kept per view, under the view's object name.
QString headerKey(const QHeaderView *header)
{
    const QWidget *view = header->parentWidget();
    if (header->orientation() != Qt::Horizontal || !view || view->objectName().isEmpty())
        return {};
    return QStringLiteral("views/%1/header").arg(view->objectName());
}

} // namespace

MainWindow::MainWindow(
    services::WorkspaceSession &session, const Clock &clock, const QString &workspacePath, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_clock(clock)
    , m_sync(new services::SyncController(session, clock, this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_customers(new CustomersPage(session, clock, this))
    , m_invoices(new InvoicesPage(session, clock, this))
    , m_worklist(new WorklistPage(session, clock, currentUser(), this))
    , m_dunning(new DunningPage(session, clock, currentUser(), this))
{
    setWindowTitle(tr("CashCycle"));
    setObjectName(QStringLiteral("mainWindow"));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->addItem(tr("Customers"));
    m_navigation->addItem(tr("Invoices"));
    m_navigation->item(CustomersPageIndex)->setToolTip(tr("Customers (Ctrl+1)"));
    m_navigation->addItem(tr("Worklist"));
    m_navigation->addItem(tr("Dunning"));
    m_navigation->item(InvoicesPageIndex)->setToolTip(tr("Invoices (Ctrl+2)"));
    m_navigation->item(WorklistPageIndex)->setToolTip(tr("Today's worklist (Ctrl+3)"));
    m_navigation->item(DunningPageIndex)->setToolTip(tr("Dunning run and outbox (Ctrl+4)"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget { background: palette(window); }"
                                               "QListWidget::item { padding: 8px 14px; }"));
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_navigation->setFont(navigationFont);
    m_navigation->setMinimumWidth(120);

    m_pages->addWidget(m_customers);
    m_pages->addWidget(m_invoices);
    m_pages->addWidget(m_worklist);
    m_pages->addWidget(m_dunning);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 150, 1130 });
    m_pages->setContentsMargins(6, 6, 6, 0);
    setCentralWidget(splitter);

    connect(m_customers, &CustomersPage::invoiceRequested, this, [this](const QString &number) {
        showPage(InvoicesPageIndex);
        m_invoices->openInvoice(number);
    });
    connect(m_customers, &CustomersPage::newInvoiceRequested, this,
        [this](const QString &id) { openEditor([id](InvoiceEditor &editor) { editor.startInvoice(id); }); });
    connect(m_invoices, &InvoicesPage::newInvoiceRequested, this,
        [this] { openEditor([](InvoiceEditor &editor) { editor.startBlank(); }); });
    connectPaymentDialogs();
    connect(m_invoices, &InvoicesPage::payLinkRequested, this, &MainWindow::showPayLink);
    connect(m_invoices, &InvoicesPage::installmentsRequested, this, [this](const QString &number) {
        auto *dialog = new InstallmentPlanDialog(m_session, m_clock, currentUser(), number, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &InstallmentPlanDialog::agreed, this, [this](const QString &agreed) {
            statusBar()->showMessage(tr("Installment plan agreed for %1").arg(agreed), 8000);
            m_invoices->reload();
        });
        dialog->open();
    });
    m_customers->customerView()->creditPanel()->setServerUriSource([this] { return m_sync->serverUri(); });
    connect(m_invoices, &InvoicesPage::disputeRequested, this, [this](const QString &number) {
        auto *dialog = new DisputeDialog(m_session, m_clock, currentUser(), number, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &DisputeDialog::opened, this, [this](const QString &invoice) {
            statusBar()->showMessage(tr("Dispute opened on %1; its amount is left out of dunning").arg(invoice), 8000);
            m_invoices->reload();
        });
        dialog->open();
    });
    connect(m_invoices, &InvoicesPage::writeOffRequested, this, [this](const QString &number) {
        auto *dialog = new WriteOffDialog(m_session, m_clock, currentUser(), number, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &WriteOffDialog::requested, this, [this](const QString &invoice, bool approved) {
            statusBar()->showMessage(approved ? tr("Written off on %1").arg(invoice)
                                              : tr("Write-off on %1 waits for a credit manager").arg(invoice),
                8000);
            m_invoices->reload();
        });
        dialog->open();
    });
    connect(m_invoices, &InvoicesPage::paymentHolidayRequested, this, [this](const QString &number) {
        auto *dialog = new PaymentHolidayDialog(m_session, m_clock, currentUser(), number, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PaymentHolidayDialog::granted, this, [this](const QString &granted) {
            statusBar()->showMessage(tr("Payment holiday granted for %1").arg(granted), 8000);
            m_invoices->reload();
        });
        dialog->open();
    });
    connect(m_invoices, &InvoicesPage::editorRequested, this,
        [this](const QString &number) { openEditor([number](InvoiceEditor &editor) { editor.open(number); }); });
    connect(m_invoices, &InvoicesPage::creditNoteRequested, this, [this](const QString &number) {
        openEditor([number](InvoiceEditor &editor) { editor.startCreditNote(number); });
    });
    connect(m_invoices, &InvoicesPage::customerRequested, this, [this](const QString &id) {
        showPage(CustomersPageIndex);
        m_customers->openCustomer(id);
    });
    connect(m_customers, &CustomersPage::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_invoices, &InvoicesPage::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_worklist, &WorklistPage::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_dunning, &DunningPage::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_worklist, &WorklistPage::customerRequested, this, [this](const QString &id) {
        showPage(CustomersPageIndex);
        m_customers->openCustomer(id);
    });
    connect(&session, &services::WorkspaceSession::dataChanged, this, &MainWindow::reload);

    auto *workspace = new QLabel(tr("Workspace: %1").arg(QDir::toNativeSeparators(workspacePath)), this);
    workspace->setObjectName(QStringLiteral("workspaceLabel"));
    auto *syncStatus = new SyncStatusWidget(*m_sync, this);
    connect(syncStatus, &SyncStatusWidget::conflictsRequested, this, &MainWindow::showConflicts);
    // A round that outlasts a moment (the first one into a workspace) shows progress and can be cancelled.
    connect(m_sync, &services::SyncController::roundStarted, this, [this](const QFuture<void> &round) {
        QTimer::singleShot(1000, this, [this, round] {
            if (!round.isFinished())
                new JobProgressDialog(round, tr("Syncing with the server…"), 0, this);
        });
    });
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    statusBar()->addPermanentWidget(workspace);
    statusBar()->addPermanentWidget(separator);
    statusBar()->addPermanentWidget(syncStatus);

    createActions();
    resize(1280, 800);
    restoreSettings();
    startSync();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import CSV…"), this, &MainWindow::showImport);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(tr("&Server connection…"), this, &MainWindow::showServerConnection);
    file->addAction(tr("Com&pany details…"), this, [this] {
        auto *dialog = new CompanyDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction *mailServer = file->addAction(tr("&Mail server…"), this, &MainWindow::showMailServer);
    mailServer->setObjectName(QStringLiteral("mailServerAction"));
    QAction *statements = file->addAction(tr("S&tatements of account…"), this, &MainWindow::showStatements);
    statements->setObjectName(QStringLiteral("statementsAction"));
    QAction *writeOffs = file->addAction(tr("&Write-offs to decide…"), this, [this] {
        auto *dialog = new WriteOffApprovalsDialog(m_session, m_clock, currentUser(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &WriteOffApprovalsDialog::decided, this, [this] { m_invoices->reload(); });
        dialog->open();
    });
    writeOffs->setObjectName(QStringLiteral("writeOffApprovalsAction"));
    QAction *heldOrders = file->addAction(tr("Orders on credit &hold…"), this, [this] {
        auto *dialog = new HeldOrdersDialog(m_session, m_clock, currentUser(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &HeldOrdersDialog::decided, this, [this] { m_customers->customerView()->reload(); });
        dialog->open();
    });
    heldOrders->setObjectName(QStringLiteral("heldOrdersAction"));
    QAction *payLinks = file->addAction(tr("Payment &links…"), this, [this] {
        auto *dialog = new PaymentLinksDialog(m_session, m_clock, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    payLinks->setObjectName(QStringLiteral("paymentLinksAction"));
    QAction *collect = file->addAction(tr("Collect o&nline payments"), this, &MainWindow::collectOnlinePayments);
    collect->setObjectName(QStringLiteral("collectPaymentsAction"));
    QAction *syncNow = file->addAction(tr("S&ync now"), m_sync, &services::SyncController::syncNow);
    syncNow->setObjectName(QStringLiteral("syncNowAction"));
    syncNow->setShortcut(QKeySequence(Qt::Key_F9));
    QAction *conflicts = file->addAction(tr("Sync &conflicts…"), this, &MainWindow::showConflicts);
    conflicts->setObjectName(QStringLiteral("conflictsAction"));
    QAction *signOut = file->addAction(tr("Sign &out…"), this, &MainWindow::signOut);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *credit = menuBar()->addMenu(tr("&Credit"));
    QAction *disputes = credit->addAction(tr("&Disputes…"), this, [this] {
        auto *dialog = new DisputeQueueDialog(m_session, m_clock, currentUser(), m_sync->serverUri(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &DisputeQueueDialog::changed, this, [this] { m_invoices->reload(); });
        dialog->open();
    });
    disputes->setObjectName(QStringLiteral("disputeQueueAction"));
    disputes->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QAction *creditDesk = credit->addAction(tr("Credit des&k…"), this, [this] {
        auto *dialog = new CreditDeskDialog(m_session, m_clock, currentUser(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &CreditDeskDialog::changed, this, [this] { m_customers->customerView()->reload(); });
        dialog->open();
    });
    creditDesk->setObjectName(QStringLiteral("creditDeskAction"));

    QMenu *payments = menuBar()->addMenu(tr("&Payments"));
    QAction *cashApplication = payments->addAction(tr("Cash &application…"), this, [this] {
        auto *dialog = new CashApplicationDialog(m_session, m_clock, currentUser(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &CashApplicationDialog::changed, this, [this] {
            m_invoices->reload();
            m_customers->customerView()->reload();
        });
        dialog->open();
    });
    cashApplication->setObjectName(QStringLiteral("cashApplicationAction"));
    cashApplication->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));

    QMenu *reports = menuBar()->addMenu(tr("&Reports"));
    QAction *dashboard = reports->addAction(tr("CFO &dashboard…"), this, [this] {
        auto *window = new DashboardWindow(m_session, m_clock, this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        connect(window, &DashboardWindow::invoiceRequested, this, [this](const QString &number) {
            showPage(InvoicesPageIndex);
            m_invoices->openInvoice(number);
            activateWindow();
        });
        window->show();
    });
    dashboard->setObjectName(QStringLiteral("dashboardAction"));
    dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *customers = view->addAction(tr("&Customers"), this, [this] { showPage(CustomersPageIndex); });
    customers->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *invoices = view->addAction(tr("&Invoices"), this, [this] { showPage(InvoicesPageIndex); });
    invoices->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *worklist = view->addAction(tr("&Worklist"), this, [this] { showPage(WorklistPageIndex); });
    worklist->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *dunning = view->addAction(tr("&Dunning"), this, [this] { showPage(DunningPageIndex); });
    dunning->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    view->addSeparator();
    QAction *find = view->addAction(tr("&Find"), this, [this] {
        if (m_pages->currentWidget() == m_invoices)
            m_invoices->focusSearch();
        else
            m_customers->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *refresh = view->addAction(tr("&Refresh"), this, &MainWindow::reload);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About CashCycle"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

void MainWindow::reload()
{
    m_customers->reload();
    m_invoices->reload();
    m_worklist->reload();
    m_dunning->reload();
}

void MainWindow::showImport()
{
    auto *dialog = new ImportDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The pages reload on the session's dataChanged.
    connect(dialog, &ImportDialog::imported, &m_session, &services::WorkspaceSession::notifyChanged);
    dialog->open();
}

void MainWindow::showServerConnection()
{
    auto *dialog = new ServerConnectionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ServerConnectionDialog::saved, this, &MainWindow::startSync);
    dialog->open();
}

void MainWindow::showMailServer()
{
    auto *dialog = new MailServerDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showStatements()
{
    auto *dialog = new StatementsDialog(m_session, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StatementsDialog::written, this, [this](int count, const QString &folder) {
        statusBar()->showMessage(
            tr("%n statement(s) written to %1", nullptr, count).arg(QDir::toNativeSeparators(folder)), 15000);
    });
    dialog->open();
}

void MainWindow::startSync()
{
    QSettings settings;
    const server::ServerAccount account = server::ServerAccount::load(settings);
    if (!account.isComplete()) {
        m_sync->disconnectFromServer();
        return;
    }
    // Read here, not on a worker: QtKeychain jobs need a thread with an event loop of its own.
    auto password = m_keychain.read(account.keychainAccount());
    m_sync->connectTo(account.uri(password ? QString::fromUtf8(*password) : QString()));
}

void MainWindow::withPayLinkKey(const std::function<void(const QByteArray &)> &then)
{
    auto base = m_session.run<Result<QUrl>>([clock = &m_clock](storage::Workspace &ws, services::JobControl &) {
        return services::PaymentLinks(ws.database(), *clock, QString()).baseUrl();
    });
    whenReady(this, base, [this, then](const Result<QUrl> &url) {
        // The keychain is read on the GUI thread, as QtKeychain expects.
        auto key
            = url ? m_keychain.read(services::PaymentLinks::keychainAccount(*url)) : Result<QByteArray>(url.error());
        if (!key) {
            ErrorMessages::show(this, tr("Payment links"), key.error());
            return;
        }
        then(*key);
    });
}

void MainWindow::showPayLink(const QString &invoiceNumber)
{
    withPayLinkKey([this, invoiceNumber](const QByteArray &key) {
        auto made = m_session.run<Result<QUrl>>([invoiceNumber, key, author = currentUser(), clock = &m_clock](
                                                    storage::Workspace &ws, services::JobControl &) {
            return services::PaymentLinks(ws.database(), *clock, author).create(invoiceNumber, key);
        });
        whenReady(this, made, [this, invoiceNumber](const Result<QUrl> &url) {
            if (!url) {
                ErrorMessages::show(this, tr("Pay link"), url.error());
                return;
            }
            auto *box = new QMessageBox(QMessageBox::Information, tr("Pay link for %1").arg(invoiceNumber),
                tr("The customer pays what is open on %1 at:").arg(invoiceNumber), QMessageBox::Close, this);
            box->setObjectName(QStringLiteral("payLinkBox"));
            box->setInformativeText(url->toString());
            box->setTextInteractionFlags(Qt::TextSelectableByMouse);
            box->setAttribute(Qt::WA_DeleteOnClose);
            QPushButton *copy = box->addButton(tr("&Copy"), QMessageBox::ActionRole);
            connect(copy, &QPushButton::clicked, this,
                [text = url->toString()] { QGuiApplication::clipboard()->setText(text); });
            box->open();
        });
    });
}

void MainWindow::collectOnlinePayments()
{
    withPayLinkKey([this](const QByteArray &key) {
        statusBar()->showMessage(tr("Reading completed online payments…"));
        auto collected = m_session.run<Result<services::PaymentLinks::Collected>>(
            [key, author = currentUser(), clock = &m_clock](storage::Workspace &ws, services::JobControl &) {
                return services::PaymentLinks(ws.database(), *clock, author).collect(key);
            });
        whenReady(this, collected, [this](const Result<services::PaymentLinks::Collected> &result) {
            if (!result) {
                statusBar()->clearMessage();
                ErrorMessages::show(this, tr("Online payments"), result.error());
                return;
            }
            statusBar()->showMessage(result->recorded == 0
                    ? tr("No new online payments")
                    : tr("%n online payment(s) recorded: %1", nullptr, result->recorded)
                          .arg(result->invoices.join(QStringLiteral(", "))),
                8000);
            m_invoices->reload();
            m_customers->customerView()->reload();
        });
    });
}

void MainWindow::connectPaymentDialogs()
{
    CustomerView *view = m_customers->customerView();
    const auto done = [this, view](const QString &message) {
        statusBar()->showMessage(message, 8000);
        view->reload();
        m_invoices->reload();
    };
    connect(
        view, &CustomerView::paymentRequested, this, [this, done](const QString &customerId, const QString &paymentId) {
            auto *dialog = new PaymentDialog(m_session, m_clock, currentUser(), customerId, paymentId, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &PaymentDialog::posted, this,
                [done](const QString &id) { done(tr("Payment %1 posted").arg(id)); });
            dialog->open();
        });
    const auto correct = [this, done](PaymentCorrectionDialog::Kind kind, const QString &paymentId) {
        auto *dialog = new PaymentCorrectionDialog(kind, m_session, m_clock, currentUser(), paymentId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PaymentCorrectionDialog::corrected, this, [done, kind](const QString &id) {
            done(kind == PaymentCorrectionDialog::Kind::Refund ? tr("Refund from payment %1 recorded").arg(id)
                                                               : tr("Payment %1 reversed").arg(id));
        });
        dialog->open();
    };
    connect(view, &CustomerView::newOrderRequested, this, [this, done](const QString &customerId) {
        auto *dialog = new OrderDialog(m_session, m_clock, currentUser(), customerId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &OrderDialog::entered, this, [done](const SalesOrder &order) {
            done(order.status == SalesOrder::Status::Held
                    ? tr("Order %1 held for a credit manager: %2").arg(order.number, order.holdReason)
                    : tr("Order %1 entered (%2)").arg(order.number, OrderModel::statusText(order.status)));
        });
        dialog->open();
    });
    connect(view, &CustomerView::orderReleaseRequested, this, [this, done](const QString &number) {
        auto released = m_session.run<Result<SalesOrder>>(
            [number, author = currentUser(), clock = &m_clock](storage::Workspace &ws, services::JobControl &) {
                return services::SalesOrders(ws.database(), *clock, author).release(number);
            });
        whenReady(this, released, [this, done](const Result<SalesOrder> &order) {
            if (!order) {
                ErrorMessages::show(this, tr("Release order"), order.error());
                return;
            }
            done(order->status == SalesOrder::Status::Released
                    ? tr("Order %1 released").arg(order->number)
                    : tr("Order %1 held for a credit manager: %2").arg(order->number, order->holdReason));
        });
    });
    connect(view, &CustomerView::orderCancelRequested, this, [this, done](const QString &number) {
        auto cancelled = m_session.run<Result<SalesOrder>>(
            [number, author = currentUser(), clock = &m_clock](storage::Workspace &ws, services::JobControl &) {
                return services::SalesOrders(ws.database(), *clock, author).cancel(number);
            });
        whenReady(this, cancelled, [this, done](const Result<SalesOrder> &order) {
            if (!order) {
                ErrorMessages::show(this, tr("Cancel order"), order.error());
                return;
            }
            done(tr("Order %1 cancelled").arg(order->number));
        });
    });
    connect(view, &CustomerView::orderInvoiceRequested, this, [this, done](const QString &number) {
        auto invoiced = m_session.run<Result<Invoice>>(
            [number, author = currentUser(), clock = &m_clock](storage::Workspace &ws, services::JobControl &) {
                return services::SalesOrders(ws.database(), *clock, author).invoice(number);
            });
        whenReady(this, invoiced, [this, done](const Result<Invoice> &draft) {
            if (!draft) {
                ErrorMessages::show(this, tr("Invoice order"), draft.error());
                return;
            }
            done(tr("Draft invoice made from the order"));
            const QString draftNumber = draft->number;
            openEditor([draftNumber](InvoiceEditor &editor) { editor.open(draftNumber); });
        });
    });
    connect(view, &CustomerView::lateFeesRequested, this, [this, done](const QString &customerId) {
        const QDate today = m_clock.today();
        auto proposed = m_session.run<Result<QList<LateFeePolicy::Charge>>>(
            [customerId, today, clock = &m_clock](storage::Workspace &ws, services::JobControl &) {
                return services::LateFees(ws.database(), *clock).propose(customerId, today);
            });
        whenReady(this, proposed, [this, done, customerId, today](const Result<QList<LateFeePolicy::Charge>> &charges) {
            if (!charges || charges->isEmpty()) {
                if (!charges)
                    ErrorMessages::show(this, tr("Late fees"), charges.error());
                else
                    statusBar()->showMessage(tr("Nothing of %1 is overdue and not charged yet").arg(customerId), 8000);
                return;
            }
            services::MoneyFormatter format;
            QStringList lines;
            Money total = Money::zero(charges->first().interest.currency());
            for (const LateFeePolicy::Charge &c : *charges) {
                lines << tr("%1: interest %2 for %3 to %4, fee %5")
                             .arg(c.number, format.format(c.interest), format.date(c.from), format.date(c.to),
                                 format.format(c.fee));
                total += c.total();
            }
            auto *box = new QMessageBox(QMessageBox::Question, tr("Late fees"),
                tr("Charge %1 in late fees as a draft invoice?").arg(format.format(total)), QMessageBox::Cancel, this);
            box->setInformativeText(lines.join(QLatin1Char('\n')));
            box->setAttribute(Qt::WA_DeleteOnClose);
            QPushButton *confirm = box->addButton(tr("&Charge"), QMessageBox::AcceptRole);
            connect(confirm, &QPushButton::clicked, this, [this, done, customerId, today] {
                auto charged = m_session.run<Result<Invoice>>(
                    [customerId, today, clock = &m_clock](storage::Workspace &ws, services::JobControl &) {
                        return services::LateFees(ws.database(), *clock).charge(customerId, today);
                    });
                whenReady(this, charged, [this, done](const Result<Invoice> &draft) {
                    if (!draft) {
                        ErrorMessages::show(this, tr("Late fees"), draft.error());
                        return;
                    }
                    done(tr("Late fees of %1 drafted").arg(services::MoneyFormatter().format(draft->total)));
                    const QString number = draft->number;
                    openEditor([number](InvoiceEditor &editor) { editor.open(number); });
                });
            });
            box->open();
        });
    });
    connect(view, &CustomerView::refundRequested, this,
        [correct](const QString &id) { correct(PaymentCorrectionDialog::Kind::Refund, id); });
    connect(view, &CustomerView::reversalRequested, this,
        [correct](const QString &id) { correct(PaymentCorrectionDialog::Kind::Reversal, id); });
}

void MainWindow::openEditor(const std::function<void(InvoiceEditor &)> &start)
{
    auto *editor = new InvoiceEditor(m_session, m_clock, m_sync->serverUri(), currentUser(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &InvoiceEditor::saved, this, [this](const QString &) { m_invoices->reload(); });
    connect(editor, &InvoiceEditor::issued, this, [this](const QString &number) {
        statusBar()->showMessage(tr("%1 issued").arg(number), 8000);
        m_invoices->reload();
    });
    start(*editor);
    editor->show();
}

void MainWindow::showConflicts()
{
    auto *dialog = new ConflictsDialog(m_session, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::signOut()
{
    QSettings settings;
    const server::ServerAccount account = server::ServerAccount::load(settings);
    QMessageBox box(QMessageBox::Question, tr("Sign out"),
        account.isComplete() ? tr("Stop syncing with %1 as %2 and forget the password?").arg(account.host, account.user)
                             : tr("No server is configured. Sign out of this desktop anyway?"),
        QMessageBox::Cancel, this);
    QPushButton *confirm = box.addButton(tr("Sign out"), QMessageBox::AcceptRole);
    auto *wipe = new QCheckBox(tr("Also delete this desktop's workspace (changes not yet sent are lost)"), &box);
    wipe->setObjectName(QStringLiteral("wipeWorkspace"));
    box.setCheckBox(wipe);
    box.exec();
    if (box.clickedButton() != confirm)
        return;

    m_sync->disconnectFromServer();
    if (account.isComplete())
        (void)m_keychain.remove(account.keychainAccount());
    settings.remove(QStringLiteral("server"));
    if (wipe->isChecked()) {
        whenReady(this, m_session.removeWorkspace(&m_keychain), [this](const Status &removed) {
            if (!removed) {
                QMessageBox::warning(this, tr("Sign out"), ErrorMessages::describe(removed.error()));
                return;
            }
            QMessageBox::information(this, tr("Sign out"),
                tr("The workspace was deleted from this desktop. CashCycle closes now; start it again to create "
                   "a workspace or sync one from a server."));
            close();
        });
        return;
    }
    // Signing in again, to this server or another, starts with a full pull.
    auto reset = m_session.run<Status>([](storage::Workspace &workspace, services::JobControl &) {
        return workspace.database().execute(QStringLiteral("DELETE FROM settings WHERE key = 'sync.watermark'"));
    });
    whenReady(this, reset, [this](const Status &status) {
        if (!status)
            QMessageBox::warning(this, tr("Sign out"), ErrorMessages::describe(status.error()));
    });
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About CashCycle"),
        tr("<h3>CashCycle %1</h3>"
           "<p>Accounts receivable and collections for the desktop.</p>"
           "<p>Free software under the GNU General Public License, version 3 or later.</p>")
            .arg(QStringLiteral(CASHCYCLE_VERSION)),
        QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometry, saveGeometry());
    settings.setValue(kState, saveState());
    settings.setValue(kPage, m_navigation->currentRow());
    for (const QSplitter *splitter : findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(splitterKey(splitter), splitter->saveState());
    }
    for (const QHeaderView *header : findChildren<QHeaderView *>()) {
        if (const QString key = headerKey(header); !key.isEmpty())
            settings.setValue(key, header->saveState());
    }
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(kGeometry).toByteArray());
    restoreState(settings.value(kState).toByteArray());
    for (QSplitter *splitter : findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(settings.value(splitterKey(splitter)).toByteArray());
    }
    for (QHeaderView *header : findChildren<QHeaderView *>()) {
        const QString key = headerKey(header);
        if (key.isEmpty() || !header->restoreState(settings.value(key).toByteArray()))
            continue;
        // The restored sort indicator does not re-sort by itself.
        if (auto *view = qobject_cast<QTreeView *>(header->parentWidget()); view && view->isSortingEnabled())
            view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
    showPage(Page(qBound(0, settings.value(kPage, 0).toInt(), int(DunningPageIndex))));
}

} // namespace cc::ui
