// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PdfBatchDialog.h"
#include "domain/InvoiceFilter.h"

namespace cc {
class Clock;
}

namespace cc::ui {

/// Writes every document the invoice list shows (its filter) as PDF into a folder, one file
/// per document, with a progress bar and Cancel.
class InvoicePdfDialog : public PdfBatchDialog {
    Q_OBJECT
public:
    InvoicePdfDialog(services::WorkspaceSession &session, const Clock &clock, InvoiceFilter filter, qint64 count,
        QWidget *parent = nullptr);

protected:
    Batch batch(const QString &folder) const override;
    QString progressText() const override;

private:
    InvoiceFilter m_filter;
};

} // namespace cc::ui
