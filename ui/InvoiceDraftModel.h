// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InvoiceLineModel.h"
#include "domain/Invoice.h"
#include "domain/InvoiceValidation.h"

namespace cc::ui {

/// The document an invoice editor works on: its lines as an editable table, the rest of the
/// draft alongside. An edit never changes the draft directly: it is offered as the whole new
/// draft through editRequested(), so the editor can put it on its undo stack, which hands it
/// back through setContent(). Cells the last check found wrong are marked and say why.
class InvoiceDraftModel : public InvoiceLineModel {
    Q_OBJECT
public:
    explicit InvoiceDraftModel(QObject *parent = nullptr);

    const Invoice &draft() const { return m_draft; }
    /// A draft freshly loaded or saved: identity and content.
    void setDraft(const Invoice &draft);
    /// What an edit or its undo sets: everything but the draft's identity (id, number, status),
    /// which stays as storage last gave it.
    void setContent(const Invoice &content);
    void setProblems(const QList<FieldProblem> &problems);

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// The column a line field's problem key names, or -1.
    static int columnFor(const QString &key);

signals:
    /// `edited` is the draft with one change made; `what` says which, for the undo menu.
    void editRequested(const cc::Invoice &edited, const QString &what, int mergeKey);
    /// Typed text that is not a value of its column ("two" as a quantity).
    void inputRefused(const QString &why);
    void contentChanged();

private:
    Invoice m_draft;
    QList<FieldProblem> m_problems;
};

} // namespace cc::ui
