// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/MoneyFormatter.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cc {
class Clock;
}
namespace cc::services {
class WorkspaceSession;
}

namespace cc::ui {

/// Asks for a credit limit for a customer, lasting or until a day, with the justification a
/// credit manager decides on.
class CreditRequestDialog : public QDialog {
    Q_OBJECT
public:
    CreditRequestDialog(services::WorkspaceSession &session, const Clock &clock, QString author, QString customerId,
        Money currentLimit, QWidget *parent = nullptr);

signals:
    void requested(const QString &customerId);

private:
    void submit();

    services::WorkspaceSession &m_session;
    const Clock &m_clock;
    QString m_author;
    QString m_customerId;
    Currency m_currency;
    services::MoneyFormatter m_format;
    QLineEdit *m_limit;
    QCheckBox *m_temporary;
    QDateEdit *m_expires;
    QPlainTextEdit *m_justification;
    QLabel *m_problem;
    QPushButton *m_submit;
};

} // namespace cc::ui
