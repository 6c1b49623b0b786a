// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/CashApplication.h"
#include "services/MoneyFormatter.h"

#include <QDialog>
#include <QFuture>

class QComboBox;
class QDoubleSpinBox;
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

class ManualMatchPanel;

/// Cash application: import a bank statement and let matching post what it is sure of; then
/// work the exception queue: each unmatched or suggested credit with its candidates and why,
/// posted as proposed, split by hand across invoices, dismissed as no customer payment, or a
/// posted match undone. Keyboard-first: Enter posts the proposal, Ctrl+F finds a customer.
class CashApplicationDialog : public QDialog {
    Q_OBJECT
public:
    CashApplicationDialog(
        services::WorkspaceSession &session, const Clock &clock, QString author, QWidget *parent = nullptr);

    void reload();
    /// Imports a bank file (a CSV export with the mapping chosen) and matches it.
    void importStatement(const QString &path);
    /// Matches what waits, posting at the threshold shown.
    void matchNow();

signals:
    /// Payments were posted or undone.
    void changed();
    /// A reload finished (for tests and screenshots).
    void loaded();

private:
    /// What a match run (after an import, if one ran) did.
    struct Worked {
        QString message; ///< what the import brought
        QList<services::CashApplication::Line> lines;
    };
    /// Shows the run's progress (cancellable) and then what it did.
    void follow(const QFuture<Result<Worked>> &worked, const QString &label);
    void showLines();
    void showCurrent();
    std::optional<services::CashApplication::Line> current() const;
    const cash::MatchProposal *candidate() const;
    void postProposal();
    void postSplit();
    void post(const cash::MatchProposal &proposal, bool writeOffShort);
    void act(const std::function<Status(services::CashApplication &, const QString &)> &action);
    void finish(const QString &message, bool posted);
    QString customerText(const QString &customerId) const;

    services::WorkspaceSession &m_session;
    const Clock &m_clock;
    QString m_author;
    services::MoneyFormatter m_format;
    QList<services::CashApplication::Line> m_lines;
    QHash<QString, QString> m_customerNames;
    int m_keepRow = 0;
    QLabel *m_summary;
    QDoubleSpinBox *m_threshold;
    QComboBox *m_csvMapping;
    QComboBox *m_show;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    QLabel *m_reasons;
    QComboBox *m_candidates;
    ManualMatchPanel *m_manual;
    QLabel *m_message;
    QPushButton *m_postProposal;
    QPushButton *m_postSplit;
    QPushButton *m_dismiss;
    QPushButton *m_restore;
    QPushButton *m_undo;
};

} // namespace cc::ui
