// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace cc {
class Clock;
}
namespace cc::services {
class WorkspaceSession;
}

namespace cc::ui {

class CustomersPage;
class InvoicesPage;

/// The main window: navigation between the customer and invoice pages, the status bar, and the
/// window, splitter and column layout remembered between runs.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page { CustomersPageIndex, InvoicesPageIndex };

    MainWindow(services::WorkspaceSession &session, const Clock &clock, const QString &workspacePath,
        QWidget *parent = nullptr);

    /// Loads every page again from the workspace (F5).
    void reload();
    void showPage(Page page);

    CustomersPage *customersPage() const { return m_customers; }
    InvoicesPage *invoicesPage() const { return m_invoices; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showImport();
    void showServerConnection();
    void showSyncState();
    void showAbout();
    void saveSettings() const;
    void restoreSettings();

    services::WorkspaceSession &m_session;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    CustomersPage *m_customers;
    InvoicesPage *m_invoices;
    QLabel *m_syncState;
};

} // namespace cc::ui
