// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/MoneyFormatter.h"

#include <QDialog>

class QComboBox;
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

/// Opens a dispute on an invoice: how much of what is open, why, who works it. The amount is
/// kept out of dunning and of what the worklist calls collectible until it is resolved.
class DisputeDialog : public QDialog {
    Q_OBJECT
public:
    DisputeDialog(services::WorkspaceSession &session, const Clock &clock, QString author, QString invoiceNumber,
        QWidget *parent = nullptr);

signals:
    void opened(const QString &invoiceNumber);

private:
    void submit();

    services::WorkspaceSession &m_session;
    const Clock &m_clock;
    QString m_author;
    QString m_number;
    Currency m_currency;
    services::MoneyFormatter m_format;
    QLineEdit *m_amount;
    QComboBox *m_reason;
    QLineEdit *m_owner;
    QLineEdit *m_note;
    QLabel *m_problem;
    QPushButton *m_submit;
};

} // namespace cc::ui
