// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "sync/Conflict.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace cc {
class Clock;
}
namespace cc::services {
class WorkspaceSession;
}

namespace cc::ui {

/// The changes the server did not take as they were. For each conflict: the value before,
/// mine, the server's, and a result the user picks or edits; what is chosen goes to the
/// server as a new change. Refused and deleted ones can only be accepted as the server has them.
class ConflictsDialog : public QDialog {
    Q_OBJECT
public:
    ConflictsDialog(services::WorkspaceSession &session, const Clock &clock, QWidget *parent = nullptr);

    void reload();

private:
    enum Column { FieldColumn, BaseColumn, MineColumn, TheirsColumn, ResultColumn };

    void showConflict(int row);
    void resolveWith(Column source);
    void saveResult();
    void acceptServer();
    void finish(const Status &status);
    const sync::Conflict *current() const;

    services::WorkspaceSession &m_session;
    const Clock &m_clock;
    QList<sync::Conflict> m_conflicts;
    QListWidget *m_list;
    QLabel *m_message;
    QTableWidget *m_fields;
    QPushButton *m_keepMine;
    QPushButton *m_keepTheirs;
    QPushButton *m_saveResult;
};

} // namespace cc::ui
