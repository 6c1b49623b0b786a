// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeView;

namespace cc {
class Clock;
}
namespace cc::services {
class WorkspaceSession;
}

namespace cc::ui {

class DunningProposalModel;
class OutboxModel;

/// Today's dunning run for preview and approval, and the outbox of messages to customers:
/// what went out, what waits and what failed, with a retry. Approved notices go out at once.
class DunningPage : public QWidget {
    Q_OBJECT
public:
    DunningPage(services::WorkspaceSession &session, const Clock &clock, QString sender, QWidget *parent = nullptr);

    void reload();

signals:
    void loaded();
    void statusMessage(const QString &message);

private:
    void loadProposals();
    void loadOutbox();
    void preview();
    void approve();
    void retryFailed();
    void sendNow();
    void editStrategy();
    void editTemplates();

    services::WorkspaceSession &m_session;
    const Clock &m_clock;
    QString m_sender;
    DunningProposalModel *m_proposals;
    OutboxModel *m_outbox;
    QTreeView *m_proposalView;
    QTreeView *m_outboxView;
    QPlainTextEdit *m_preview;
    QLabel *m_summary;
    int m_generation = 0;
};

} // namespace cc::ui
