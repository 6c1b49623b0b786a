// SPDX-License-Identifier: GPL-3.0-or-later
#include "WriteOffDialog.h"

#include "ErrorMessages.h"
#include "WhenReady.h"
#include "common/Clock.h"
#include "services/WorkspaceSession.h"
#include "services/WriteOffs.h"
#include "storage/InvoiceRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

WriteOffDialog::WriteOffDialog(
    services::WorkspaceSession &session, const Clock &clock, QString author, QString invoiceNumber, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_clock(clock)
    , m_author(std::move(author))
    , m_number(std::move(invoiceNumber))
    , m_amount(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_limit(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_submit(nullptr)
{
    setWindowTitle(tr("Write off %1").arg(m_number));
    setObjectName(QStringLiteral("writeOffDialog"));
    m_amount->setObjectName(QStringLiteral("writeOffAmount"));
    m_reason->setObjectName(QStringLiteral("writeOffReason"));
    m_reason->setPlaceholderText(tr("For example: bank charges, customer insolvent"));
    m_limit->setObjectName(QStringLiteral("writeOffLimit"));
    m_limit->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("writeOffProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::Link);
    auto *form = new QFormLayout;
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = buttons->addButton(tr("&Write off"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("writeOffSubmit"));
    m_submit->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &WriteOffDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_limit);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());

    // Proposes what is open, and says up to how much it goes through without approval.
    auto loaded = m_session.run<Result<std::pair<Money, Money>>>(
        [number = m_number, author = m_author, clock = &m_clock](
            storage::Workspace &ws, services::JobControl &) -> Result<std::pair<Money, Money>> {
            auto invoice = storage::InvoiceRepository(ws.database()).summaryByNumber(number);
            if (!invoice)
                return invoice.error();
            if (!*invoice)
                return makeError(ErrorCode::NotFound, tr("there is no invoice %1").arg(number));
            auto limit = services::WriteOffs(ws.database(), *clock, author).approvalLimit((*invoice)->open.currency());
            if (!limit)
                return limit.error();
            return std::pair { (*invoice)->open, *limit };
        });
    whenReady(this, loaded, [this](const Result<std::pair<Money, Money>> &found) {
        if (!found) {
            m_problem->setText(ErrorMessages::describe(found.error()));
            return;
        }
        const auto &[open, limit] = *found;
        m_currency = open.currency();
        m_amount->setText(m_format.amount(open));
        m_limit->setText(limit.isPositive()
                ? tr("Up to %1 is written off at once; a larger amount waits for a credit manager's approval.")
                      .arg(m_format.format(limit))
                : tr("Every write-off in %1 waits for a credit manager's approval.").arg(m_currency.code()));
        m_submit->setEnabled(open.isPositive());
    });
}

void WriteOffDialog::submit()
{
    qint64 minor = 0;
    if (!m_format.readDecimal(m_amount->text(), m_currency.minorDigits(), minor)) {
        m_problem->setText(tr("The amount \"%1\" is not an amount in %2.").arg(m_amount->text(), m_currency.code()));
        return;
    }
    const QString number = m_number;
    const QString author = m_author;
    const QString reason = m_reason->text();
    const Money amount(minor, m_currency);
    const Clock &clock = m_clock;
    m_submit->setEnabled(false);
    auto done = m_session.run<Result<WriteOff>>(
        [number, author, reason, amount, &clock](storage::Workspace &ws, services::JobControl &) {
            return services::WriteOffs(ws.database(), clock, author).request(number, amount, reason);
        });
    whenReady(this, done, [this](const Result<WriteOff> &made) {
        if (!made) {
            m_problem->setText(ErrorMessages::describe(made.error()));
            m_submit->setEnabled(true);
            return;
        }
        emit requested(m_number, made->status == WriteOff::Status::Approved);
        accept();
    });
}

} // namespace cc::ui
