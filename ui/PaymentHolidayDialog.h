// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cc {
class Clock;
}
namespace cc::services {
class WorkspaceSession;
}

namespace cc::ui {

/// Grants an invoice a payment holiday: a later due date and the reason, which goes on the
/// customer's timeline. Dunning waits until the new date.
class PaymentHolidayDialog : public QDialog {
    Q_OBJECT
public:
    PaymentHolidayDialog(services::WorkspaceSession &session, const Clock &clock, QString author, QString invoiceNumber,
        QWidget *parent = nullptr);

signals:
    void granted(const QString &invoiceNumber);

private:
    void grant();

    services::WorkspaceSession &m_session;
    const Clock &m_clock;
    QString m_author;
    QString m_number;
    QString m_customerId;
    QDateEdit *m_until;
    QLineEdit *m_reason;
    QLabel *m_problem;
    QPushButton *m_grant;
};

} // namespace cc::ui
