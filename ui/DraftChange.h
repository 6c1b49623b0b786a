// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Invoice.h"

#include <QUndoCommand>

namespace cc::ui {

class InvoiceDraftModel;

/// One edit of a draft for the undo stack, kept as the draft's content before and after: any
/// edit (a cell, a header field, a line added or removed) undoes the same way. Edits with the
/// same merge key in a row (typing into one field) undo as one.
class DraftChange : public QUndoCommand {
public:
    DraftChange(InvoiceDraftModel &model, Invoice after, const QString &text, int mergeKey);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    InvoiceDraftModel &m_model;
    Invoice m_before;
    Invoice m_after;
    int m_mergeKey;
};

} // namespace cc::ui
