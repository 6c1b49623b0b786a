// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineModel.h"

#include "DomainText.h"
#include "ItemRoles.h"

#include <QFont>

namespace cc::ui {

using namespace collections;

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TimelineModel::setHistory(const AccountHistory &history)
{
    beginResetModel();
    m_items.clear();
    for (const Activity &a : history.activities) {
        QString detail = a.note;
        if (!a.subject.isEmpty())
            detail = a.subject + (detail.isEmpty() ? QString() : QStringLiteral(" — ") + detail);
        if (!a.contact.isEmpty())
            detail = tr("%1 (with %2)").arg(detail, a.contact);
        QString what = DomainText::activityKind(a.kind);
        if (a.outcome != CallOutcome::None)
            what = tr("%1: %2").arg(what, DomainText::callOutcome(a.outcome));
        m_items << Item { a.occurredAt.toLocalTime(), what, detail, a.author, false, Kind::Activity, a.id };
    }
    for (const PromiseState &p : history.promises) {
        const QString amount = m_format.format(p.promise.amount);
        QString detail = tr("%1 by %2 — %3")
                             .arg(amount, m_format.date(p.promise.promisedFor), DomainText::promiseStatus(p.status));
        if (p.paid.isPositive() && p.status != PromiseStatus::Kept)
            detail += tr(", %1 paid").arg(m_format.format(p.paid));
        if (!p.promise.invoiceNumbers.isEmpty())
            detail += tr(" (invoices %1)").arg(p.promise.invoiceNumbers.join(QStringLiteral(", ")));
        m_items << Item { QDateTime(p.promise.madeOn, QTime(23, 59)), tr("Promise to pay"), detail, p.promise.author,
            p.status == PromiseStatus::Open, Kind::Promise, p.promise.id };
    }
    for (const FollowUpTask &t : history.tasks) {
        const QString detail = t.isOpen() ? tr("%1 — due %2").arg(t.title, m_format.date(t.dueOn))
                                          : tr("%1 — done %2").arg(t.title, m_format.date(t.doneOn));
        m_items << Item { QDateTime(t.isOpen() ? t.dueOn : t.doneOn, QTime(0, 0)), tr("Follow-up"), detail, t.assignee,
            t.isOpen(), Kind::Task, t.id };
    }
    std::stable_sort(m_items.begin(), m_items.end(), [](const Item &a, const Item &b) { return a.when > b.when; });
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Item &item = m_items[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case WhenColumn:
            return item.when.time() == QTime(0, 0) || item.when.time() == QTime(23, 59)
                ? m_format.date(item.when.date())
                : m_format.locale().toString(item.when, QLocale::ShortFormat);
        case WhatColumn:
            return item.what;
        case DetailColumn:
            return item.detail;
        case ByColumn:
            return item.by;
        }
    }
    if (role == RecordIdRole)
        return item.id;
    if (role == OpenFollowUpRole)
        return item.open && item.kind == Kind::Task;
    if (role == OpenPromiseRole)
        return item.open && item.kind == Kind::Promise;
    if (role == Qt::FontRole && item.open) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhatColumn:
        return tr("What");
    case DetailColumn:
        return tr("Details");
    case ByColumn:
        return tr("By");
    }
    return {};
}

} // namespace cc::ui
