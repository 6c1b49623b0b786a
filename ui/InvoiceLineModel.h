// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/InvoiceLine.h"
#include "services/MoneyFormatter.h"

#include <QAbstractTableModel>

namespace cc::ui {

/// An invoice's lines with each line's net amount; tax is rounded per rate on the whole invoice.
class InvoiceLineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ItemColumn,
        DescriptionColumn,
        QuantityColumn,
        UnitPriceColumn,
        DiscountColumn,
        TaxRateColumn,
        NetColumn,
        ColumnCount
    };

    explicit InvoiceLineModel(QObject *parent = nullptr);
    void setLines(QList<InvoiceLine> lines);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    const QList<InvoiceLine> &lines() const { return m_lines; }
    const services::MoneyFormatter &format() const { return m_format; }
    /// Replaces the lines in place when their number is the same (views keep their editor and
    /// selection), else resets.
    void replaceLines(QList<InvoiceLine> lines);

private:
    QList<InvoiceLine> m_lines;
    services::MoneyFormatter m_format;
};

} // namespace cc::ui
