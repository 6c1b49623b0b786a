// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoiceDraftModel.h"

#include "domain/Rounding.h"
#include "services/InvoiceDrafts.h"

#include <QBrush>
#include <QPalette>

namespace cc::ui {
InvoiceDraftModel::InvoiceDraftModel(QObject *parent)
    : InvoiceLineModel(parent)
{
}

void InvoiceDraftModel::setDraft(const Invoice &draft)
{
    m_draft = draft;
    replaceLines(m_draft.lines);
    emit contentChanged();
}

void InvoiceDraftModel::setContent(const Invoice &content)
{
    Invoice next = content;
    next.id = m_draft.id;
    next.number = m_draft.number;
    next.status = m_draft.status;
    next.draftId = m_draft.draftId;
    next.rowVersion = m_draft.rowVersion;
    services::InvoiceDrafts::derive(next);
    m_draft = next;
    replaceLines(m_draft.lines);
    emit contentChanged();
}

void InvoiceDraftModel::setProblems(const QList<FieldProblem> &problems)
{
    m_problems = problems;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::BackgroundRole, Qt::ToolTipRole });
}

int InvoiceDraftModel::columnFor(const QString &key)
{
    static const QHash<QString, int> columns { { QStringLiteral("description"), DescriptionColumn },
        { QStringLiteral("quantity"), QuantityColumn }, { QStringLiteral("unit_price"), UnitPriceColumn },
        { QStringLiteral("discount"), DiscountColumn }, { QStringLiteral("tax"), TaxRateColumn } };
    return columns.value(key, -1);
}

Qt::ItemFlags InvoiceDraftModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = InvoiceLineModel::flags(index);
    // An issued document never changes: corrections are credit notes.
    if (index.isValid() && index.column() != NetColumn && m_draft.status == InvoiceStatus::Draft)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant InvoiceDraftModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::BackgroundRole || role == Qt::ToolTipRole) {
        for (const FieldProblem &problem : m_problems) {
            // A line without item or description is marked in both cells.
            const int column = columnFor(problem.key);
            const bool here = problem.line == index.row()
                && (column == index.column() || (column == DescriptionColumn && index.column() == ItemColumn));
            if (here)
                return role == Qt::ToolTipRole ? QVariant(problem.message) : QVariant(QBrush(QColor(255, 220, 220)));
        }
        return {};
    }
    if (role != Qt::EditRole)
        return InvoiceLineModel::data(index, role);
    const InvoiceLine &line = lines().at(index.row());
    switch (index.column()) {
    case ItemColumn:
        return line.item;
    case DescriptionColumn:
        return line.description;
    case QuantityColumn:
        return format().decimal(line.quantityMilli, 3);
    case UnitPriceColumn:
        return format().amount(line.unitPrice);
    case DiscountColumn:
        return format().decimal(line.discountBp, 2);
    case TaxRateColumn:
        return format().decimal(line.taxBp, 2);
    }
    return {};
}

bool InvoiceDraftModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Invoice edited = m_draft;
    InvoiceLine &line = edited.lines[index.row()];
    const QString text = value.toString();
    const QString column = headerData(index.column(), Qt::Horizontal).toString();
    qint64 scaled = 0;
    switch (index.column()) {
    case ItemColumn:
        line.item = text.trimmed();
        break;
    case DescriptionColumn:
        line.description = text.trimmed();
        break;
    case QuantityColumn:
        if (!services::MoneyFormatter().readDecimal(text, 3, scaled)) {
            emit inputRefused(tr("%1: \"%2\" is not a number with up to 3 decimals").arg(column, text));
            return false;
        }
        line.quantityMilli = scaled;
        break;
    case UnitPriceColumn: {
        if (!services::MoneyFormatter().readDecimal(text, m_draft.total.currency().minorDigits(), scaled)) {
            emit inputRefused(
                tr("%1: \"%2\" is not an amount in %3").arg(column, text, m_draft.total.currency().code()));
            return false;
        }
        line.unitPrice = Money(scaled, m_draft.total.currency());
        break;
    }
    case DiscountColumn:
    case TaxRateColumn:
        if (!services::MoneyFormatter().readDecimal(text, 2, scaled)) {
            emit inputRefused(tr("%1: \"%2\" is not a percentage").arg(column, text));
            return false;
        }
        (index.column() == DiscountColumn ? line.discountBp : line.taxBp) = int(scaled);
        break;
    default:
        return false;
    }
    if (edited.lines[index.row()] == m_draft.lines[index.row()])
        return true; // nothing changed: nothing to undo
    emit editRequested(edited, tr("Change %1 of line %2").arg(column).arg(index.row() + 1), -1);
    return true;
}

} // namespace cc::ui
