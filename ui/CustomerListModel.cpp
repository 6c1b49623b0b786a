// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerListModel.h"

#include "DomainText.h"
#include "ItemRoles.h"
#include "Theme.h"
#include "storage/CustomerRepository.h"

#include <QGuiApplication>
#include <QPalette>
#include <QStringMatcher>
#include <algorithm>
#include <numeric>

namespace cc::ui {
namespace {

int compareInt(qint64 a, qint64 b)
{
    return a < b ? -1 : (a > b ? 1 : 0);
}

} // namespace

CustomerListModel::CustomerListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CustomerListModel::setCustomers(QList<CustomerSummary> customers)
{
    beginResetModel();
    m_customers = std::move(customers);
    const int count = int(m_customers.size());

    std::vector<int> byName(count);
    std::iota(byName.begin(), byName.end(), 0);
    const auto nameLess = [this](int a, int b) { return m_customers[a].searchKey < m_customers[b].searchKey; };
    // The repository hands the customers over in search-key order already; sorting is the exception.
    if (!std::is_sorted(byName.begin(), byName.end(), nameLess))
        std::stable_sort(byName.begin(), byName.end(), nameLess);
    m_nameRank.assign(count, 0);
    for (int rank = 0; rank < count; ++rank)
        m_nameRank[byName[rank]] = rank;

    QStringList codes;
    for (const CustomerSummary &customer : std::as_const(m_customers)) {
        if (!codes.contains(customer.openBalance.currency().code()))
            codes << customer.openBalance.currency().code();
    }
    codes.sort();
    m_currencyRank.assign(count, 0);
    m_keys.clear();
    m_keyStart.assign(count + 1, 0);
    for (int i = 0; i < count; ++i) {
        m_currencyRank[i] = int(codes.indexOf(m_customers[i].openBalance.currency().code()));
        m_keyStart[i] = m_keys.size();
        m_keys += m_customers[i].searchKey;
        m_keys += QLatin1Char('\n');
    }
    m_keyStart[count] = m_keys.size();

    sortOrder();
    filter();
    endResetModel();
}

void CustomerListModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    // The same folding as the stored keys; searchKey() appends a separator for the id, dropped here.
    const QString needle = storage::CustomerRepository::searchKey(text, QString()).trimmed();
    if (needle == m_needle)
        return;
    m_needle = needle;
    beginResetModel();
    filter();
    endResetModel();
}

void CustomerListModel::filter()
{
    if (m_needle.isEmpty()) {
        m_visible = m_order;
        return;
    }
    std::vector<char> matches(m_customers.size(), 0);
    const QStringMatcher matcher(m_needle);
    qsizetype position = 0;
    while ((position = matcher.indexIn(m_keys, position)) >= 0) {
        const auto next = std::upper_bound(m_keyStart.begin(), m_keyStart.end(), position);
        matches[std::distance(m_keyStart.begin(), next) - 1] = 1;
        position = *next; // one hit per key is enough
    }
    m_visible.clear();
    for (int i : m_order) {
        if (matches[i])
            m_visible.push_back(i);
    }
}

bool CustomerListModel::lessThan(int column, int a, int b) const
{
    const CustomerSummary &x = m_customers[a];
    const CustomerSummary &y = m_customers[b];
    // Money columns sort by currency first: amounts in different currencies do not compare.
    const auto money = [&](const Money &p, const Money &q) {
        const int byCurrency = compareInt(m_currencyRank[a], m_currencyRank[b]);
        return byCurrency ? byCurrency : compareInt(p.minorUnits(), q.minorUnits());
    };
    int order = 0;
    switch (column) {
    case IdColumn:
        order = x.id.compare(y.id);
        break;
    case NameColumn:
        break;
    case CollectorColumn:
        order = x.collector.compare(y.collector);
        break;
    case RiskColumn:
        order = x.riskClass.compare(y.riskClass);
        break;
    case OpenBalanceColumn:
        order = money(x.openBalance, y.openBalance);
        break;
    case OverdueColumn:
        order = money(x.overdue, y.overdue);
        break;
    case CreditLimitColumn:
        order = money(x.creditLimit, y.creditLimit);
        break;
    }
    // Ties (and the name column) by the folded name, so "Ärzte" sorts with "Arzte".
    if (order == 0)
        order = compareInt(m_nameRank[a], m_nameRank[b]);
    return order < 0;
}

void CustomerListModel::sortOrder()
{
    m_order.resize(m_customers.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    const int column = m_sortColumn;
    if (m_sortDirection == Qt::AscendingOrder)
        std::sort(m_order.begin(), m_order.end(), [&](int a, int b) { return lessThan(column, a, b); });
    else
        std::sort(m_order.begin(), m_order.end(), [&](int a, int b) { return lessThan(column, b, a); });
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> entryOf;
    entryOf.reserve(before.size());
    for (const QModelIndex &index : before)
        entryOf.push_back(m_visible[index.row()]);

    m_sortColumn = column;
    m_sortDirection = order;
    std::vector<char> shown(m_customers.size(), 0);
    for (int i : m_visible)
        shown[i] = 1;
    sortOrder();
    m_visible.clear();
    for (int i : m_order) {
        if (shown[i])
            m_visible.push_back(i);
    }

    std::vector<int> rowOf(m_customers.size(), -1);
    for (int row = 0; row < int(m_visible.size()); ++row)
        rowOf[m_visible[row]] = row;
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i)
        after.append(index(rowOf[entryOf[i]], before[i].column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QModelIndex CustomerListModel::indexOf(const QString &id) const
{
    for (int row = 0; row < int(m_visible.size()); ++row) {
        if (m_customers[m_visible[row]].id == id)
            return index(row, 0);
    }
    return {};
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerSummary &c = m_customers[m_visible[index.row()]];
    const bool overLimit = c.creditLimit.isPositive() && c.openBalance > c.creditLimit;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return c.id;
        case NameColumn:
            return c.name;
        case CollectorColumn:
            return c.collector;
        case RiskColumn:
            return c.riskClass;
        case OpenBalanceColumn:
            return m_format.format(c.openBalance);
        case OverdueColumn:
            return c.overdue.isZero() ? QString() : m_format.format(c.overdue);
        case CreditLimitColumn:
            return c.creditLimit.isZero() ? QString() : m_format.format(c.creditLimit);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= OpenBalanceColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == RiskColumn)
            return int(Qt::AlignCenter);
        break;
    case Qt::ForegroundRole:
        if ((index.column() == OverdueColumn && c.overdue.isPositive())
            || (index.column() == OpenBalanceColumn && overLimit))
            return Theme::warning();
        // Settled accounts recede, so the ones that owe stand out.
        if (index.column() == OpenBalanceColumn && c.openBalance.isZero())
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        break;
    case Qt::ToolTipRole:
        if (index.column() == RiskColumn)
            return DomainText::riskClass(c.riskClass);
        if (index.column() == OpenBalanceColumn && overLimit)
            return tr("Over the credit limit of %1").arg(m_format.format(c.creditLimit));
        if (index.column() == OverdueColumn && c.overdue.isPositive())
            return tr("%n open invoice(s)", nullptr, c.openInvoices);
        break;
    case CustomerIdRole:
        return c.id;
    }
    return {};
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section >= OpenBalanceColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::TextAlignmentRole && section == RiskColumn)
        return int(Qt::AlignCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Customer no.");
    case NameColumn:
        return tr("Name");
    case CollectorColumn:
        return tr("Collector");
    case RiskColumn:
        return tr("Risk");
    case OpenBalanceColumn:
        return tr("Open balance");
    case OverdueColumn:
        return tr("Overdue");
    case CreditLimitColumn:
        return tr("Credit limit");
    }
    return {};
}

} // namespace cc::ui
