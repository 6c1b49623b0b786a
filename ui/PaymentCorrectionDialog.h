// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/MoneyFormatter.h"

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

/// Refunds unapplied cash of a payment, or reverses a payment that bounced (its invoices are
/// open again). Either goes on the customer's timeline.
class PaymentCorrectionDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { Refund, Reversal };

    PaymentCorrectionDialog(Kind kind, services::WorkspaceSession &session, const Clock &clock, QString author,
        QString paymentId, QWidget *parent = nullptr);

signals:
    void corrected(const QString &paymentId);

private:
    void submit();

    Kind m_kind;
    services::WorkspaceSession &m_session;
    const Clock &m_clock;
    QString m_author;
    QString m_paymentId;
    Currency m_currency;
    services::MoneyFormatter m_format;
    QDateEdit *m_date;
    QLineEdit *m_amount;
    QLineEdit *m_text; ///< the refund's reference, or the reversal's reason
    QLabel *m_problem;
    QPushButton *m_submit;
};

} // namespace cc::ui
