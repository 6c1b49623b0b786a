// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/MoneyFormatter.h"
#include "services/PaymentPosting.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QDateEdit;
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

class PaymentPlanModel;

/// Records a customer's payment and applies it to their open invoices (oldest due first until
/// the user changes a line), or applies what is still unapplied of an earlier payment. Money
/// in another currency is booked at a rate. Problems are named as they arise; nothing is
/// written until the plan holds.
class PaymentDialog : public QDialog {
    Q_OBJECT
public:
    /// Records a new payment of `customerId`; with `paymentId`, applies that payment's unapplied cash.
    PaymentDialog(services::WorkspaceSession &session, const Clock &clock, QString author, QString customerId,
        QString paymentId = {}, QWidget *parent = nullptr);

signals:
    void posted(const QString &paymentId);

private:
    struct Loaded;
    void showLoaded(const Loaded &loaded);
    /// The payment as entered (the unapplied rest when applying an earlier one); empty, with
    /// the reason in `why` when something cannot be read.
    std::optional<services::PaymentPosting::Receipt> readReceipt(QString &why) const;
    void paymentChanged();
    void refreshSummary();
    void post();

    services::WorkspaceSession &m_session;
    const Clock &m_clock;
    QString m_author;
    QString m_customerId;
    QString m_paymentId;
    Currency m_billing;
    std::optional<Money> m_unapplied; ///< applying an earlier payment: what is left of it
    bool m_planEdited = false;
    services::MoneyFormatter m_format;

    QFormLayout *m_form;
    QLabel *m_customer;
    QDateEdit *m_date;
    QLineEdit *m_amount;
    QComboBox *m_currency;
    QLabel *m_rateLabel;
    QLineEdit *m_rate;
    QLabel *m_converted;
    QComboBox *m_method;
    QLineEdit *m_reference;
    PaymentPlanModel *m_plan;
    QTableView *m_table;
    QLabel *m_summary;
    QLabel *m_problem;
    QPushButton *m_post;
};

} // namespace cc::ui
