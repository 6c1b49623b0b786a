// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Dispute.h"
#include "services/MoneyFormatter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
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

/// The dispute queue: every dispute with its age and service level, narrowed by owner,
/// reason, state and breach, with the queue's aging and cycle-time figures. From here a
/// dispute moves on, is resolved, gets its proposal decided, is reopened, and takes files.
class DisputeQueueDialog : public QDialog {
    Q_OBJECT
public:
    DisputeQueueDialog(services::WorkspaceSession &session, const Clock &clock, QString author, QString serverUri,
        QWidget *parent = nullptr);

    void reload();

signals:
    /// A dispute changed what is open or collectible.
    void changed();

private:
    void showFiltered();
    void updateActions();
    std::optional<Dispute> current() const;
    void move(Dispute::Status to);
    void resolve();
    void decide(bool approve);
    void attach();
    void saveFiles();
    void finish(const Status &status);

    services::WorkspaceSession &m_session;
    const Clock &m_clock;
    QString m_author;
    QString m_serverUri;
    services::MoneyFormatter m_format;
    QList<Dispute> m_disputes;
    QLabel *m_figures;
    QComboBox *m_owner;
    QComboBox *m_reason;
    QComboBox *m_state;
    QCheckBox *m_breachedOnly;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    QLabel *m_problem;
    QPushButton *m_investigate;
    QPushButton *m_waiting;
    QPushButton *m_resolve;
    QPushButton *m_approve;
    QPushButton *m_decline;
    QPushButton *m_reopen;
    QPushButton *m_attach;
    QPushButton *m_files;
};

} // namespace cc::ui
