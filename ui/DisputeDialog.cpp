// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisputeDialog.h"

#include "DomainText.h"
#include "ErrorMessages.h"
#include "WhenReady.h"
#include "services/Disputes.h"
#include "services/WorkspaceSession.h"
#include "storage/DisputeRepository.h"
#include "storage/InvoiceRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

DisputeDialog::DisputeDialog(
    services::WorkspaceSession &session, const Clock &clock, QString author, QString invoiceNumber, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_clock(clock)
    , m_author(std::move(author))
    , m_number(std::move(invoiceNumber))
    , m_amount(new QLineEdit(this))
    , m_reason(new QComboBox(this))
    , m_owner(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_submit(nullptr)
{
    setWindowTitle(tr("Dispute on %1").arg(m_number));
    setObjectName(QStringLiteral("disputeDialog"));
    m_amount->setObjectName(QStringLiteral("disputeAmount"));
    m_reason->setObjectName(QStringLiteral("disputeReason"));
    for (const QString &code : Dispute::reasonCodes())
        m_reason->addItem(
            tr("%1 (answer within %n day(s))", nullptr, Dispute::slaDays(code)).arg(DomainText::disputeReason(code)),
            code);
    m_owner->setObjectName(QStringLiteral("disputeOwner"));
    m_owner->setText(m_author);
    m_note->setObjectName(QStringLiteral("disputeNote"));
    m_note->setPlaceholderText(tr("What the customer says"));
    m_problem->setObjectName(QStringLiteral("disputeProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::Link);
    auto *form = new QFormLayout;
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = buttons->addButton(tr("Open &dispute"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("disputeOpen"));
    m_submit->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &DisputeDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    auto loaded = m_session.run<Result<Money>>(
        [number = m_number](storage::Workspace &ws, services::JobControl &) -> Result<Money> {
            auto invoice = storage::InvoiceRepository(ws.database()).summaryByNumber(number);
            if (!invoice)
                return invoice.error();
            if (!*invoice)
                return makeError(ErrorCode::NotFound, tr("there is no invoice %1").arg(number));
            auto disputed = storage::DisputeRepository(ws.database()).disputedMinor(number);
            if (!disputed)
                return disputed.error();
            return (*invoice)->open - Money(*disputed, (*invoice)->open.currency());
        });
    whenReady(this, loaded, [this](const Result<Money> &disputable) {
        if (!disputable) {
            m_problem->setText(ErrorMessages::describe(disputable.error()));
            return;
        }
        m_currency = disputable->currency();
        m_amount->setText(m_format.amount(*disputable));
        if (!disputable->isPositive())
            m_problem->setText(tr("Nothing of %1 is open and undisputed.").arg(m_number));
        m_submit->setEnabled(disputable->isPositive());
    });
}

void DisputeDialog::submit()
{
    qint64 minor = 0;
    if (!m_format.readDecimal(m_amount->text(), m_currency.minorDigits(), minor)) {
        m_problem->setText(tr("The amount \"%1\" is not an amount in %2.").arg(m_amount->text(), m_currency.code()));
        return;
    }
    const Money amount(minor, m_currency);
    m_submit->setEnabled(false);
    auto done = m_session.run<Result<Dispute>>(
        [number = m_number, author = m_author, amount, reason = m_reason->currentData().toString(),
            owner = m_owner->text(), note = m_note->text(),
            clock = &m_clock](storage::Workspace &ws, services::JobControl &) {
            return services::Disputes(ws.database(), *clock, author).open(number, amount, reason, owner, note);
        });
    whenReady(this, done, [this](const Result<Dispute> &made) {
        if (!made) {
            m_problem->setText(ErrorMessages::describe(made.error()));
            m_submit->setEnabled(true);
            return;
        }
        emit opened(m_number);
        accept();
    });
}

} // namespace cc::ui
