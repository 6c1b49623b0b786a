// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/AccountHistory.h"
#include "common/Result.h"
#include "domain/InvoiceSummary.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QTabBar;
class QTreeView;

namespace cc {
class Clock;
}
namespace cc::services {
class CollectionsLog;
class WorkspaceSession;
} // namespace cc::services

namespace cc::ui {

class ListView;
class TimelineModel;
class WorklistFilter;
class WorklistModel;

/// The collector's day: their accounts ranked with the reasons, split into calls and emails,
/// and the selected account's timeline. Everything works from the keyboard: Ctrl+J and
/// Ctrl+K move between accounts, Ctrl+L logs a call, Ctrl+P records a promise, Ctrl+N adds a
/// note, Ctrl+U sets a follow-up, Ctrl+E writes an email, Ctrl+D marks the account worked (or not); on the timeline,
/// Space completes a follow-up and Delete withdraws a promise.
class WorklistPage : public QWidget {
    Q_OBJECT
public:
    /// `user` is who records calls and notes, and whose list opens first.
    WorklistPage(services::WorkspaceSession &session, const Clock &clock, QString user, QWidget *parent = nullptr);

    /// Reads the collectors and the list again, keeping the selected account.
    void reload();
    QString currentCustomer() const;

signals:
    void loaded();
    void accountLoaded();
    void statusMessage(const QString &message);
    void customerRequested(const QString &id);

private:
    struct AccountDetails {
        collections::AccountHistory history;
        QStringList contacts;
        QList<InvoiceSummary> openInvoices;
    };

    void loadList();
    void showAccount();
    void selectRow(int proxyRow);
    /// Moves to the next (or previous) account not yet worked today.
    void moveToAccount(int step);
    void logCall();
    void recordPromise();
    void addNote();
    void addFollowUp();
    void writeEmail();
    /// On the timeline: the selected follow-up done (Space), the selected promise withdrawn (Delete).
    void completeFollowUp();
    void cancelPromise();
    /// Sends the outbox's due messages off the GUI thread and says how it went.
    void sendOutbox();
    void toggleDone();
    /// The team's strategy, edited and saved (synced; only leads may change it).
    void editStrategy();
    /// Runs a write for the selected account on the workspace thread, then reloads.
    void write(const QString &done, std::function<Result<QString>(services::CollectionsLog &)> change);
    void updateSummary();

    services::WorkspaceSession &m_session;
    const Clock &m_clock;
    QString m_user;
    WorklistModel *m_model;
    WorklistFilter *m_filter;
    TimelineModel *m_timeline;
    QComboBox *m_collector;
    QTabBar *m_views;
    QComboBox *m_currency;
    QComboBox *m_segment;
    QCheckBox *m_hideDone;
    QLabel *m_summary;
    ListView *m_list;
    QLabel *m_accountName;
    QLabel *m_reasons;
    QTreeView *m_timelineView;
    AccountDetails m_details;
    QString m_keepCustomer;
    int m_generation = 0;
};

} // namespace cc::ui
