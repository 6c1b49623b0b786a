// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/MoneyFormatter.h"

#include <QWidget>

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

/// A customer's credit at a glance: the limit in force, exposure against it, a hold and why,
/// the risk score with every point explained, and the full history of credit decisions,
/// holds, reviews, disputes and write-offs, newest first. From here a limit is asked for, the
/// customer put on hold or released, and a periodic review recorded.
class CreditPanel : public QWidget {
    Q_OBJECT
public:
    CreditPanel(services::WorkspaceSession &session, const Clock &clock, QWidget *parent = nullptr);

    /// The customer shown from the next reload() on.
    void setCustomer(const QString &id) { m_customerId = id; }
    /// Where the shared server is, if there is one: its audit log then joins the history for
    /// those allowed to read it.
    void setServerUriSource(std::function<QString()> source) { m_serverUri = std::move(source); }
    void reload();

signals:
    void changed();
    void loaded();

private:
    struct Profile;
    void showProfile(const Profile &profile);
    void askForLimit();
    void holdOrRelease();
    void review();
    void run(std::function<Status(storage::Workspace &)> action);

    services::WorkspaceSession &m_session;
    const Clock &m_clock;
    services::MoneyFormatter m_format;
    QString m_customerId;
    std::function<QString()> m_serverUri;
    Money m_limit;
    bool m_onHold = false;
    QLabel *m_summary;
    QLabel *m_risk;
    QLabel *m_problem;
    QStandardItemModel *m_history;
    QTreeView *m_view;
    QPushButton *m_request;
    QPushButton *m_hold;
    QPushButton *m_review;
};

} // namespace cc::ui
