// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoicePdfDialog.h"

#include "common/Clock.h"
#include "documents/InvoiceDocument.h"
#include "storage/InvoiceRepository.h"

#include <QFormLayout>
#include <QLabel>

namespace cc::ui {

InvoicePdfDialog::InvoicePdfDialog(
    services::WorkspaceSession &session, const Clock &clock, InvoiceFilter filter, qint64 count, QWidget *parent)
    : PdfBatchDialog(session, tr("Invoices %1").arg(clock.today().toString(Qt::ISODate)), tr("&Write PDFs"), parent)
    , m_filter(std::move(filter))
{
    setWindowTitle(tr("Invoices as PDF"));
    setObjectName(QStringLiteral("invoicePdfDialog"));
    form()->insertRow(
        0, new QLabel(tr("One PDF for each of the %Ln document(s) the list shows.", nullptr, int(count)), this));
}

PdfBatchDialog::Batch InvoicePdfDialog::batch(const QString &folder) const
{
    return [filter = m_filter, folder](storage::Workspace &workspace, services::JobControl &control) -> Result<int> {
        auto numbers = storage::InvoiceRepository(workspace.database()).numbers(filter);
        if (!numbers)
            return numbers.error();
        return documents::InvoiceDocument::renderBatch(workspace.database(), *numbers, folder, control);
    };
}

QString InvoicePdfDialog::progressText() const
{
    return tr("Writing invoices as PDF…");
}

} // namespace cc::ui
