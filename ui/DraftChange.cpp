// SPDX-License-Identifier: GPL-3.0-or-later
#include "DraftChange.h"

#include "InvoiceDraftModel.h"

namespace cc::ui {

DraftChange::DraftChange(InvoiceDraftModel &model, Invoice after, const QString &text, int mergeKey)
    : QUndoCommand(text)
    , m_model(model)
    , m_before(model.draft())
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{
}

void DraftChange::undo()
{
    m_model.setContent(m_before);
}

void DraftChange::redo()
{
    m_model.setContent(m_after);
}

bool DraftChange::mergeWith(const QUndoCommand *other)
{
    // QUndoStack only asks commands with the same id, and -1 never merges.
    m_after = static_cast<const DraftChange *>(other)->m_after;
    return true;
}

} // namespace cc::ui
