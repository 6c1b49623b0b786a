// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Dispute.h"
#include "services/MoneyFormatter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cc {
class Clock;
}
namespace cc::services {
class WorkspaceSession;
}

namespace cc::ui {

/// Resolves a dispute by a credit note, a write-off or a rejection. Within the team's limit
/// for that kind it is carried out at once; above it, it is proposed for a credit manager,
/// unless a credit manager carries it out now (the server checks who may).
class ResolveDisputeDialog : public QDialog {
    Q_OBJECT
public:
    ResolveDisputeDialog(services::WorkspaceSession &session, const Clock &clock, QString author, QString serverUri,
        Dispute dispute, QWidget *parent = nullptr);

signals:
    void resolved(const Dispute &dispute);

private:
    void kindChanged();
    void submit();

    services::WorkspaceSession &m_session;
    const Clock &m_clock;
    QString m_author;
    QString m_serverUri;
    Dispute m_dispute;
    services::MoneyFormatter m_format;
    QComboBox *m_kind;
    QLineEdit *m_amount;
    QLineEdit *m_note;
    QCheckBox *m_approveNow;
    QLabel *m_limit;
    QLabel *m_problem;
    QPushButton *m_submit;
};

} // namespace cc::ui
