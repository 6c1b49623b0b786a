// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/MoneyFormatter.h"

#include <QDialog>

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

/// Asks to write off part of an open invoice, with a reason. Within the team's limit it is
/// written off at once; above it, it waits for a credit manager, and the dialog says which.
class WriteOffDialog : public QDialog {
    Q_OBJECT
public:
    WriteOffDialog(services::WorkspaceSession &session, const Clock &clock, QString author, QString invoiceNumber,
        QWidget *parent = nullptr);

signals:
    /// `approved` when the invoice is settled already, not waiting for a decision.
    void requested(const QString &invoiceNumber, bool approved);

private:
    void submit();

    services::WorkspaceSession &m_session;
    const Clock &m_clock;
    QString m_author;
    QString m_number;
    Currency m_currency;
    services::MoneyFormatter m_format;
    QLineEdit *m_amount;
    QLineEdit *m_reason;
    QLabel *m_limit;
    QLabel *m_problem;
    QPushButton *m_submit;
};

} // namespace cc::ui
