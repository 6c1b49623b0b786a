// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResolveDisputeDialog.h"

#include "DomainText.h"
#include "ErrorMessages.h"
#include "WhenReady.h"
#include "services/Disputes.h"
#include "services/InvoiceIssuing.h"
#include "services/WorkspaceSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

ResolveDisputeDialog::ResolveDisputeDialog(services::WorkspaceSession &session, const Clock &clock, QString author,
    QString serverUri, Dispute dispute, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_clock(clock)
    , m_author(std::move(author))
    , m_serverUri(std::move(serverUri))
    , m_dispute(std::move(dispute))
    , m_kind(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_approveNow(new QCheckBox(tr("Carry it out now, as a &credit manager"), this))
    , m_limit(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_submit(nullptr)
{
    setWindowTitle(tr("Resolve the dispute on %1").arg(m_dispute.invoiceNumber));
    setMinimumWidth(520);
    setObjectName(QStringLiteral("resolveDisputeDialog"));
    auto *what = new QLabel(tr("%1 disputed: %2, opened %3")
                                .arg(m_format.format(m_dispute.amount), DomainText::disputeReason(m_dispute.reason),
                                    m_format.date(m_dispute.openedOn)),
        this);
    m_kind->setObjectName(QStringLiteral("resolutionKind"));
    m_kind->addItem(tr("A credit note for the customer"), int(DisputeResolution::Kind::CreditNote));
    m_kind->addItem(tr("Writing the amount off"), int(DisputeResolution::Kind::WriteOff));
    m_kind->addItem(tr("Rejecting it: the amount is owed"), int(DisputeResolution::Kind::Rejected));
    m_amount->setObjectName(QStringLiteral("resolutionAmount"));
    m_amount->setText(m_format.amount(m_dispute.amount));
    m_note->setObjectName(QStringLiteral("resolutionNote"));
    m_approveNow->setObjectName(QStringLiteral("resolutionApproveNow"));
    m_approveNow->setToolTip(tr("Above the team's limit only a credit manager resolves a dispute; the server "
                                "refuses it from anyone else"));
    m_limit->setObjectName(QStringLiteral("resolutionLimit"));
    m_limit->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("resolutionProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::Link);
    auto *form = new QFormLayout;
    form->addRow(what);
    form->addRow(tr("Resolve &by:"), m_kind);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(m_approveNow);
    form->addRow(m_limit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = buttons->addButton(tr("&Resolve"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("resolutionSubmit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ResolveDisputeDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ResolveDisputeDialog::kindChanged);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    kindChanged();
}

void ResolveDisputeDialog::kindChanged()
{
    // A rejection credits nothing: the whole disputed amount is to be collected again.
    const bool rejected = m_kind->currentData().toInt() == int(DisputeResolution::Kind::Rejected);
    m_amount->setEnabled(!rejected);
    const auto kind = DisputeResolution::Kind(m_kind->currentData().toInt());
    auto limit = m_session.run<Result<Money>>([kind, currency = m_dispute.amount.currency(), author = m_author,
                                                  clock = &m_clock](storage::Workspace &ws, services::JobControl &) {
        return services::Disputes(ws.database(), *clock, author).approvalLimit(kind, currency);
    });
    whenReady(this, limit, [this](const Result<Money> &found) {
        if (!found) {
            m_problem->setText(ErrorMessages::describe(found.error()));
            return;
        }
        m_limit->setText(found->isPositive()
                ? tr("Up to %1 is carried out at once; above it, a credit manager decides.")
                      .arg(m_format.format(*found))
                : tr("A credit manager decides every resolution of this kind in %1.").arg(found->currency().code()));
    });
}

void ResolveDisputeDialog::submit()
{
    const auto kind = DisputeResolution::Kind(m_kind->currentData().toInt());
    const Currency currency = m_dispute.amount.currency();
    qint64 minor = 0;
    if (kind != DisputeResolution::Kind::Rejected
        && !m_format.readDecimal(m_amount->text(), currency.minorDigits(), minor)) {
        m_problem->setText(tr("The amount \"%1\" is not an amount in %2.").arg(m_amount->text(), currency.code()));
        return;
    }
    m_submit->setEnabled(false);
    auto done = m_session.run<Result<Dispute>>(
        [id = m_dispute.id, kind, amount = Money(minor, currency), note = m_note->text(),
            approveNow = m_approveNow->isChecked(), author = m_author, uri = m_serverUri,
            clock = &m_clock](storage::Workspace &ws, services::JobControl &) {
            const services::Disputes::IssueDraft issue = [&ws, &uri, clock](qint64 draftId) {
                return services::InvoiceIssuing(ws.database(), *clock).issueWith(uri, draftId);
            };
            return services::Disputes(ws.database(), *clock, author).resolve(id, kind, amount, note, issue, approveNow);
        });
    whenReady(this, done, [this](const Result<Dispute> &result) {
        if (!result) {
            m_problem->setText(ErrorMessages::describe(result.error()));
            m_submit->setEnabled(true);
            return;
        }
        emit resolved(*result);
        accept();
    });
}

} // namespace cc::ui
