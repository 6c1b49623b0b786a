// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bank/BankTransaction.h"
#include "cash/MatchProposal.h"
#include "services/MoneyFormatter.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace cc::services {
class WorkspaceSession;
}

namespace cc::ui {

/// A person's own match of a bank credit: find the customer (by name, number or one of their
/// invoice numbers), then type what each open invoice gets; one credit may be split across
/// many. Shows what is left over, fills oldest first on request, and offers to write off what
/// a short payment leaves open.
class ManualMatchPanel : public QWidget {
    Q_OBJECT
public:
    explicit ManualMatchPanel(services::WorkspaceSession &session, QWidget *parent = nullptr);

    /// The credit to match, starting from `proposal` (its customer, shown as `customerText`,
    /// and amounts), if any.
    void start(const bank::BankTransaction &line, const cash::MatchProposal *proposal, const QString &customerText);
    void clear();
    /// The match as typed, or what does not add up.
    Result<cash::MatchProposal> proposal() const;
    bool writeOffShort() const;
    void focusSearch();

private:
    void search();
    void loadCustomer(const QString &customerId, const QMap<QString, qint64> &apply);
    void fillOldestFirst();
    void updateRemaining();
    /// Minor units typed in row `row`'s Apply cell; 0 when empty, nothing when unreadable.
    std::optional<qint64> applied(int row) const;

    services::WorkspaceSession &m_session;
    services::MoneyFormatter m_format;
    std::optional<bank::BankTransaction> m_line;
    QList<PaymentAllocator::OpenItem> m_items;
    QLineEdit *m_search;
    QComboBox *m_customer;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    QLabel *m_remaining;
    QPushButton *m_fill;
    QCheckBox *m_writeOff;
    QTimer m_searchDelay;
    bool m_filling = false;
};

} // namespace cc::ui
