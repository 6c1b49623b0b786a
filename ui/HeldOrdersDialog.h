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

/// Orders the credit check held, oldest first, with the reasons: a credit manager releases each
/// anyway or cancels it. The server refuses a release from anyone else.
class HeldOrdersDialog : public QDialog {
    Q_OBJECT
public:
    HeldOrdersDialog(
        services::WorkspaceSession &session, const Clock &clock, QString author, QWidget *parent = nullptr);

signals:
    void decided();

private:
    void reload();
    void decide(bool release);

    services::WorkspaceSession &m_session;
    const Clock &m_clock;
    QString m_author;
    services::MoneyFormatter m_format;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    QLabel *m_reason; ///< the selected order's reasons in full
    QLabel *m_problem;
    QPushButton *m_release;
    QPushButton *m_cancel;
};

} // namespace cc::ui
