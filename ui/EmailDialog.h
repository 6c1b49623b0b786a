// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
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

/// Writes an email to a customer from a template in their language, with the statement of
/// account and invoice copies attached if wanted; the collector may edit it before it goes to the outbox.
/// Ctrl+Enter sends.
class EmailDialog : public QDialog {
    Q_OBJECT
public:
    /// `invoiceCopies`: the documents whose copies go with it (all the customer's open ones
    /// when empty and the collector asks for copies).
    EmailDialog(services::WorkspaceSession &session, const Clock &clock, QString customerId, QString sender,
        bool overdue, QWidget *parent = nullptr, QStringList invoiceCopies = {});

signals:
    /// The message is in the outbox.
    void queued(const QString &messageId);

private:
    void compose();
    void send();

    services::WorkspaceSession &m_session;
    const Clock &m_clock;
    QString m_customerId;
    QString m_sender;
    QStringList m_copiesOf;
    QComboBox *m_template;
    QLineEdit *m_to;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QCheckBox *m_statement;
    QCheckBox *m_invoiceCopies;
    QLabel *m_problem;
    QPushButton *m_send;
};

} // namespace cc::ui
