// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/SalesOrder.h"
#include "services/MoneyFormatter.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cc {
class Clock;
}
namespace cc::services {
class WorkspaceSession;
}

namespace cc::ui {

class InvoiceDraftModel;

/// Enters a sales order for a customer: the lines its invoice will carry (as the invoice editor
/// takes them), the customer's purchase order, and, by default, the credit check at once.
class OrderDialog : public QDialog {
    Q_OBJECT
public:
    OrderDialog(services::WorkspaceSession &session, const Clock &clock, QString author, QString customerId,
        QWidget *parent = nullptr);

signals:
    /// The order as stored: open, released or held.
    void entered(const cc::SalesOrder &order);

private:
    void addLine();
    void removeLine();
    void refreshTotal();
    void enter();

    services::WorkspaceSession &m_session;
    const Clock &m_clock;
    QString m_author;
    QString m_customerId;
    services::MoneyFormatter m_format;
    InvoiceDraftModel *m_lines;
    QTableView *m_table;
    QLineEdit *m_number;
    QLineEdit *m_reference;
    QCheckBox *m_release;
    QLabel *m_total;
    QLabel *m_problem;
    QPushButton *m_enter;
};

} // namespace cc::ui
