// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PdfBatchDialog.h"

class QComboBox;
class QDateEdit;

namespace cc {
class Clock;
}

namespace cc::ui {

/// Writes statements of account as PDF for every customer of a segment with open items into
/// a folder, with a progress bar and Cancel.
class StatementsDialog : public PdfBatchDialog {
    Q_OBJECT
public:
    StatementsDialog(services::WorkspaceSession &session, const Clock &clock, QWidget *parent = nullptr);

protected:
    Batch batch(const QString &folder) const override;
    QString progressText() const override;

private:
    QComboBox *m_segment;
    QDateEdit *m_asOf;
};

} // namespace cc::ui
