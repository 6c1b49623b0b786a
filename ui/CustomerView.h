// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/MoneyFormatter.h"

#include <QWidget>

class QAbstractItemView;
class QLabel;
class QTabWidget;

namespace cc {
class Clock;
}
namespace cc::services {
class WorkspaceSession;
}

namespace cc::ui {

class AgingStrip;
class ContactModel;
class HistoryModel;
class InvoiceTableModel;
class CreditPanel;
class OrderModel;

/// One customer: header facts, aging as of today, open items, contacts and account history.
class CustomerView : public QWidget {
    Q_OBJECT
public:
    CustomerView(services::WorkspaceSession &session, const Clock &clock, QWidget *parent = nullptr);

    /// Loads and shows customer `id`.
    void showCustomer(const QString &id);
    CreditPanel *creditPanel() const { return m_credit; }
    /// Loads the shown customer again.
    void reload();
    const QString &customerId() const { return m_customerId; }

signals:
    void backRequested();
    void customerRequested(const QString &id);
    void invoiceRequested(const QString &number);
    void newInvoiceRequested(const QString &customerId);
    /// Record a payment of the customer, or (with `paymentId`) apply that payment's unapplied cash.
    void paymentRequested(const QString &customerId, const QString &paymentId);
    void refundRequested(const QString &paymentId);
    void reversalRequested(const QString &paymentId);
    /// Run the credit check on an open order; make a released one into a draft invoice.
    void orderReleaseRequested(const QString &orderNumber);
    void orderInvoiceRequested(const QString &orderNumber);
    void orderCancelRequested(const QString &orderNumber);
    /// Charge the customer's late payments by the team's policy.
    void lateFeesRequested(const QString &customerId);
    void newOrderRequested(const QString &customerId);
    /// Everything about the customer arrived and is shown.
    void loaded();

private:
    struct Details;
    void showDetails(const Details &details);
    void openDocument(const QModelIndex &index);
    /// Adds the actions on the history's payment rows.
    void addPaymentActions(QAbstractItemView *history);
    /// Adds the actions on the orders tab's rows.
    void addOrderActions(QAbstractItemView *orders);

    services::WorkspaceSession &m_session;
    const Clock &m_clock;
    QString m_customerId;
    quint64 m_generation = 0;
    services::MoneyFormatter m_format;

    QLabel *m_name;
    QLabel *m_subtitle;
    QLabel *m_number;
    QLabel *m_parent;
    QLabel *m_terms;
    QLabel *m_creditLimit;
    QLabel *m_collector;
    QLabel *m_risk;
    QLabel *m_segment;
    QLabel *m_agingTitle;
    AgingStrip *m_aging;
    QTabWidget *m_tabs;
    InvoiceTableModel *m_openItems;
    ContactModel *m_contacts;
    HistoryModel *m_history;
    OrderModel *m_orders;
    CreditPanel *m_credit;
};

} // namespace cc::ui
