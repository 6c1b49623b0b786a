// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/MoneyFormatter.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace cc {
class Clock;
}
namespace cc::services {
class WorkspaceSession;
}

namespace cc::ui {

/// Agrees an installment plan for what is open on an invoice: equal installments on a
/// schedule, each a promise to pay, with dunning and interest waiting for the last one.
class InstallmentPlanDialog : public QDialog {
    Q_OBJECT
public:
    InstallmentPlanDialog(services::WorkspaceSession &session, const Clock &clock, QString author,
        QString invoiceNumber, QWidget *parent = nullptr);

signals:
    void agreed(const QString &invoiceNumber);

private:
    void showSchedule();
    void agree();

    services::WorkspaceSession &m_session;
    const Clock &m_clock;
    QString m_author;
    QString m_number;
    Money m_open;
    services::MoneyFormatter m_format;
    QSpinBox *m_count;
    QDateEdit *m_first;
    QSpinBox *m_interval;
    QLineEdit *m_reason;
    QLabel *m_schedule;
    QLabel *m_problem;
    QPushButton *m_agree;
};

} // namespace cc::ui
