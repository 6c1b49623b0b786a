// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementsDialog.h"

#include "WhenReady.h"
#include "common/Clock.h"
#include "documents/StatementDocument.h"
#include "services/WorkspaceSession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>

namespace cc::ui {

StatementsDialog::StatementsDialog(services::WorkspaceSession &session, const Clock &clock, QWidget *parent)
    : PdfBatchDialog(
        session, tr("Statements %1").arg(clock.today().toString(Qt::ISODate)), tr("&Write statements"), parent)
    , m_segment(new QComboBox(this))
    , m_asOf(new QDateEdit(clock.today(), this))
{
    setWindowTitle(tr("Statements of account"));
    setObjectName(QStringLiteral("statementsDialog"));
    m_segment->setObjectName(QStringLiteral("statementSegment"));
    m_segment->addItem(tr("All segments"), QString());
    m_asOf->setCalendarPopup(true);
    form()->insertRow(0, tr("&Segment:"), m_segment);
    form()->insertRow(1, tr("&As of:"), m_asOf);

    auto segments = session.run<Result<QStringList>>(
        [](storage::Workspace &workspace, services::JobControl &) -> Result<QStringList> {
            auto query = workspace.database().prepare(
                QStringLiteral("SELECT DISTINCT segment FROM customers WHERE segment <> '' ORDER BY segment"));
            if (!query)
                return query.error();
            QStringList names;
            if (auto status = query->forEachRow([&]() -> Status {
                    names << query->text(0);
                    return success();
                });
                !status)
                return status.error();
            return names;
        });
    whenReady(this, segments, [this](const Result<QStringList> &names) {
        if (names) {
            for (const QString &name : *names)
                m_segment->addItem(name, name);
        }
    });
}

PdfBatchDialog::Batch StatementsDialog::batch(const QString &folder) const
{
    return [segment = m_segment->currentData().toString(), asOf = m_asOf->date(), folder](
               storage::Workspace &workspace, services::JobControl &control) {
        return documents::StatementDocument::renderBatch(workspace.database(), segment, asOf, folder, control);
    };
}

QString StatementsDialog::progressText() const
{
    return tr("Writing statements…");
}

} // namespace cc::ui
