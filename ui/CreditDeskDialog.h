// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/MoneyFormatter.h"

#include <QDialog>

#include <functional>

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
namespace cc::storage {
class Workspace;
}

namespace cc::ui {

/// The credit manager's desk: credit-limit requests to decide (approve, or reject saying why;
/// the CFO finishes those above the team's threshold), and the accounts due for their
/// periodic review with their risk scores. The server refuses a decision from anyone else.
class CreditDeskDialog : public QDialog {
    Q_OBJECT
public:
    CreditDeskDialog(
        services::WorkspaceSession &session, const Clock &clock, QString author, QWidget *parent = nullptr);

    void reload();

signals:
    void changed();

private:
    QString selected(QTreeView *view) const;
    void decide(bool approve);
    void review();
    void run(std::function<Status(storage::Workspace &)> action);

    services::WorkspaceSession &m_session;
    const Clock &m_clock;
    QString m_author;
    services::MoneyFormatter m_format;
    QStandardItemModel *m_requests;
    QStandardItemModel *m_reviews;
    QTreeView *m_requestView;
    QTreeView *m_reviewView;
    QLabel *m_problem;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_review;
};

} // namespace cc::ui
