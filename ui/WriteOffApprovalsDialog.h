// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/MoneyFormatter.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace cc {
class Clock;
}
namespace cc::services {
class WorkspaceSession;
}

namespace cc::ui {

/// The write-offs waiting for a decision, oldest first: a credit manager approves (the invoice
/// is settled) or rejects (the amount stays to collect) each. The server refuses a decision
/// from anyone else, or on one's own request.
class WriteOffApprovalsDialog : public QDialog {
    Q_OBJECT
public:
    WriteOffApprovalsDialog(
        services::WorkspaceSession &session, const Clock &clock, QString author, QWidget *parent = nullptr);

signals:
    void decided();

private:
    void reload();
    void decide(bool approve);

    services::WorkspaceSession &m_session;
    const Clock &m_clock;
    QString m_author;
    services::MoneyFormatter m_format;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    QLabel *m_problem;
    QPushButton *m_approve;
    QPushButton *m_reject;
};

} // namespace cc::ui
