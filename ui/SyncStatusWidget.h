// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace cc::services {
class SyncController;
}

namespace cc::ui {

/// The status bar's sync corner: online, offline, syncing or failed with the reason, how
/// many edits wait and how many conflicts need a decision, and "Sync now".
class SyncStatusWidget : public QWidget {
    Q_OBJECT
public:
    SyncStatusWidget(services::SyncController &controller, QWidget *parent = nullptr);

signals:
    void conflictsRequested();

private:
    void showState();

    services::SyncController &m_controller;
    QLabel *m_state;
    QToolButton *m_conflicts;
    QToolButton *m_syncNow;
};

} // namespace cc::ui
