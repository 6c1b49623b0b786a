// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditRequestDialog.h"

#include "ErrorMessages.h"
#include "WhenReady.h"
#include "common/Clock.h"
#include "services/CreditDesk.h"
#include "services/WorkspaceSession.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

CreditRequestDialog::CreditRequestDialog(services::WorkspaceSession &session, const Clock &clock, QString author,
    QString customerId, Money currentLimit, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_clock(clock)
    , m_author(std::move(author))
    , m_customerId(std::move(customerId))
    , m_currency(currentLimit.currency())
    , m_limit(new QLineEdit(this))
    , m_temporary(new QCheckBox(tr("&Temporary, until"), this))
    , m_expires(new QDateEdit(this))
    , m_justification(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_submit(nullptr)
{
    setWindowTitle(tr("Credit limit for %1").arg(m_customerId));
    setObjectName(QStringLiteral("creditRequestDialog"));
    setMinimumWidth(460);
    m_limit->setObjectName(QStringLiteral("creditRequestLimit"));
    m_limit->setText(m_format.amount(currentLimit));
    m_temporary->setObjectName(QStringLiteral("creditRequestTemporary"));
    m_expires->setObjectName(QStringLiteral("creditRequestExpires"));
    m_expires->setCalendarPopup(true);
    m_expires->setMinimumDate(m_clock.today());
    m_expires->setDate(m_clock.today().addMonths(3));
    m_expires->setEnabled(false);
    connect(m_temporary, &QCheckBox::toggled, m_expires, &QWidget::setEnabled);
    m_justification->setObjectName(QStringLiteral("creditRequestJustification"));
    m_justification->setPlaceholderText(tr("Why the customer needs it: orders expected, payment record, securities"));
    m_justification->setTabChangesFocus(true);
    m_problem->setObjectName(QStringLiteral("creditRequestProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::Link);
    auto *expiry = new QHBoxLayout;
    expiry->addWidget(m_temporary);
    expiry->addWidget(m_expires, 1);
    auto *form = new QFormLayout;
    form->addRow(new QLabel(tr("In force now: %1").arg(m_format.format(currentLimit)), this));
    form->addRow(tr("New &limit:"), m_limit);
    form->addRow(QString(), expiry);
    form->addRow(tr("&Justification:"), m_justification);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = buttons->addButton(tr("&Request"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("creditRequestSubmit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CreditRequestDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void CreditRequestDialog::submit()
{
    qint64 minor = 0;
    if (!m_format.readDecimal(m_limit->text(), m_currency.minorDigits(), minor)) {
        m_problem->setText(tr("The limit \"%1\" is not an amount in %2.").arg(m_limit->text(), m_currency.code()));
        return;
    }
    m_submit->setEnabled(false);
    auto done = m_session.run<Result<credit::CreditRequest>>(
        [customer = m_customerId, limit = Money(minor, m_currency), justification = m_justification->toPlainText(),
            expires = m_temporary->isChecked() ? m_expires->date() : QDate(), author = m_author,
            clock = &m_clock](storage::Workspace &ws, services::JobControl &) {
            return services::CreditDesk(ws.database(), *clock, author).request(customer, limit, justification, expires);
        });
    whenReady(this, done, [this](const Result<credit::CreditRequest> &made) {
        if (!made) {
            m_problem->setText(ErrorMessages::describe(made.error()));
            m_submit->setEnabled(true);
            return;
        }
        emit requested(m_customerId);
        accept();
    });
}

} // namespace cc::ui
