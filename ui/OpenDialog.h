// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace cc::ui {

/// Shows `dialog` window-modal without a nested event loop (exec() would let sync and worker
/// results run inside it) and calls `onAccepted` with it when the user accepts. The dialog
/// deletes itself when closed.
template <typename Dialog, typename OnAccepted> void openDialog(Dialog *dialog, OnAccepted onAccepted)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(
        dialog, &QDialog::accepted, dialog, [dialog, onAccepted = std::move(onAccepted)] { onAccepted(*dialog); });
    dialog->open();
}

} // namespace cc::ui
