// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/MoneyFormatter.h"
#include "domain/CustomerSummary.h"

#include <QAbstractTableModel>
#include <vector>

namespace cc::ui {

/// The customer list: a value snapshot of every customer, sorted and filtered in memory.
/// The search keys are joined into one text, so a keystroke is one substring scan of that
/// text plus a pass over a vector of row indices; no string is built or compared per row.
class CustomerListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        NameColumn,
        CollectorColumn,
        RiskColumn,
        OpenBalanceColumn,
        OverdueColumn,
        CreditLimitColumn,
        ColumnCount
    };

    explicit CustomerListModel(QObject *parent = nullptr);

    /// Replaces the snapshot, keeping the filter text and sort order.
    void setCustomers(QList<CustomerSummary> customers);
    /// Shows only customers whose name or number contains `text`, ignoring case and diacritics.
    void setFilterText(const QString &text);
    const QString &filterText() const { return m_filterText; }
    int totalCount() const { return int(m_customers.size()); }
    /// The row showing customer `id`, or an invalid index when it is filtered out or unknown.
    QModelIndex indexOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    bool lessThan(int column, int a, int b) const;
    void sortOrder();
    void filter();

    QList<CustomerSummary> m_customers;
    QString m_keys; // every search key, each followed by '\n'
    std::vector<qsizetype> m_keyStart; // where entry i's key starts in m_keys; one past the end last
    std::vector<int> m_nameRank; // position of each entry in name order: the tie-breaker
    std::vector<int> m_currencyRank; // position of each entry's currency among all codes
    std::vector<int> m_order; // every entry, in sort order
    std::vector<int> m_visible; // the customers that match the filter, in sort order
    QString m_filterText;
    QString m_needle; // m_filterText folded like the search keys
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortDirection = Qt::AscendingOrder;
    services::MoneyFormatter m_format;
};

} // namespace cc::ui
