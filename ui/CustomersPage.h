// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;

namespace cc {
class Clock;
}
namespace cc::services {
class WorkspaceSession;
}

namespace cc::ui {

class CustomerListModel;
class CustomerView;
class ListView;

/// The customer list with search-as-you-type, and the customer view it opens (Enter).
class CustomersPage : public QWidget {
    Q_OBJECT
public:
    CustomersPage(services::WorkspaceSession &session, const Clock &clock, QWidget *parent = nullptr);

    /// Loads the list (and the open customer) again.
    void reload();
    /// Shows the list and puts the cursor into the search field.
    void focusSearch();
    /// Opens the customer view for `id`.
    void openCustomer(const QString &id);

    CustomerListModel *model() const { return m_model; }
    CustomerView *customerView() const { return m_view; }

signals:
    /// The list arrived (after each reload).
    void loaded();
    void invoiceRequested(const QString &number);
    void newInvoiceRequested(const QString &customerId);
    void statusMessage(const QString &message);

private:
    void applySearch(const QString &text);
    void updateCount();
    void showList();

    services::WorkspaceSession &m_session;
    const Clock &m_clock;
    CustomerListModel *m_model;
    QStackedWidget *m_stack;
    QLineEdit *m_search;
    QLabel *m_count;
    ListView *m_list;
    CustomerView *m_view;
    quint64 m_generation = 0;
};

} // namespace cc::ui
