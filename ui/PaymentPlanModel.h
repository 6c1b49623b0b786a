// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PaymentAllocator.h"
#include "services/MoneyFormatter.h"

#include <QAbstractTableModel>

namespace cc::ui {

/// A customer's open invoices and what a payment applies to each: cash and early-payment
/// discount, both editable, with a note where a discount was earned or taken without being
/// earned. The rest of the payment is unapplied.
class PaymentPlanModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { InvoiceColumn, DueColumn, OpenColumn, CashColumn, DiscountColumn, NoteColumn, ColumnCount };

    explicit PaymentPlanModel(QObject *parent = nullptr);

    /// The invoices the payment can settle; whatever was applied before is cleared.
    void setItems(const QList<PaymentAllocator::OpenItem> &items);
    const QList<PaymentAllocator::OpenItem> &items() const { return m_items; }
    /// The cash to apply and the day it arrived (discount windows count to it).
    void setPayment(const Money &cash, const QDate &date);
    /// Applies the oldest-first suggestion.
    void suggest();
    /// Applies nothing: the whole payment stays unapplied.
    void clear();

    PaymentAllocator::Plan plan() const;
    /// What is wrong with the plan, in words; empty when it can be posted.
    QStringList problems() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// The amounts applied changed.
    void planChanged();
    /// The user typed an amount: the plan is theirs now.
    void linesEdited();

private:
    QString noteFor(int row) const;
    /// The discount a row's customer deducted after its window, or zero.
    Money unearnedShortfall(int row) const;
    void setLines(const QList<PaymentAllocator::Line> &lines);

    QList<PaymentAllocator::OpenItem> m_items;
    QList<PaymentAllocator::Line> m_lines; ///< one per item, zero when nothing is applied
    Money m_cash;
    QDate m_date;
    services::MoneyFormatter m_format;
};

} // namespace cc::ui
