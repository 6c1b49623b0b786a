// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/KeychainKeyStore.h"

#include <QMainWindow>
#include <functional>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace cc {
class Clock;
}
namespace cc::services {
class SyncController;
class WorkspaceSession;
} // namespace cc::services

namespace cc::ui {

class InvoiceEditor;

class CustomersPage;
class InvoicesPage;
class WorklistPage;
class DunningPage;

/// The main window: navigation between the customer, invoice and worklist pages, the status bar, and the
/// window, splitter and column layout remembered between runs.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page { CustomersPageIndex, InvoicesPageIndex, WorklistPageIndex, DunningPageIndex };

    MainWindow(services::WorkspaceSession &session, const Clock &clock, const QString &workspacePath,
        QWidget *parent = nullptr);

    /// Loads every page again from the workspace (F5).
    void reload();
    void showPage(Page page);

    CustomersPage *customersPage() const { return m_customers; }
    InvoicesPage *invoicesPage() const { return m_invoices; }
    WorklistPage *worklistPage() const { return m_worklist; }
    DunningPage *dunningPage() const { return m_dunning; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showImport();
    void showServerConnection();
    void showMailServer();
    void showStatements();
    /// Syncs with the server the settings name (password from the keychain), if any.
    void startSync();
    /// Opens an invoice editor, prepared by `start` (a new invoice, a credit note or a document).
    void openEditor(const std::function<void(InvoiceEditor &)> &start);
    /// Payments recorded, applied, refunded or reversed from a customer's page.
    void connectPaymentDialogs();
    /// Makes (or finds) the invoice's "pay now" page and shows its address to copy.
    void showPayLink(const QString &invoiceNumber);
    /// Records the online payments customers completed since the last time.
    void collectOnlinePayments();
    /// Reads the payment provider's key (on this thread, as the keychain wants) and goes on with it.
    void withPayLinkKey(const std::function<void(const QByteArray &)> &then);
    void showConflicts();
    void signOut();
    void showAbout();
    void saveSettings() const;
    void restoreSettings();

    services::WorkspaceSession &m_session;
    const Clock &m_clock;
    security::KeychainKeyStore m_keychain;
    services::SyncController *m_sync;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    CustomersPage *m_customers;
    InvoicesPage *m_invoices;
    WorklistPage *m_worklist;
    DunningPage *m_dunning;
};

} // namespace cc::ui
