// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentCorrectionDialog.h"

#include "ErrorMessages.h"
#include "WhenReady.h"
#include "common/Clock.h"
#include "services/PaymentPosting.h"
#include "services/WorkspaceSession.h"
#include "storage/PaymentRepository.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

PaymentCorrectionDialog::PaymentCorrectionDialog(Kind kind, services::WorkspaceSession &session, const Clock &clock,
    QString author, QString paymentId, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_session(session)
    , m_clock(clock)
    , m_author(std::move(author))
    , m_paymentId(std::move(paymentId))
    , m_date(new QDateEdit(this))
    , m_amount(new QLineEdit(this))
    , m_text(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_submit(nullptr)
{
    const bool refund = kind == Kind::Refund;
    setWindowTitle(refund ? tr("Refund from payment %1").arg(m_paymentId) : tr("Reverse payment %1").arg(m_paymentId));
    setObjectName(QStringLiteral("paymentCorrectionDialog"));
    m_date->setObjectName(QStringLiteral("correctionDate"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(clock.today());
    m_date->setDate(clock.today());
    m_amount->setObjectName(QStringLiteral("correctionAmount"));
    m_text->setObjectName(QStringLiteral("correctionText"));
    m_text->setPlaceholderText(
        refund ? tr("Bank reference of the refund") : tr("For example: returned, account closed"));
    m_problem->setObjectName(QStringLiteral("correctionProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::Link);
    auto *form = new QFormLayout;
    form->addRow(refund ? tr("&Paid back on:") : tr("&Bounced on:"), m_date);
    if (refund)
        form->addRow(tr("&Amount:"), m_amount);
    else
        m_amount->hide();
    form->addRow(refund ? tr("&Reference:") : tr("&Reason:"), m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = buttons->addButton(refund ? tr("&Refund") : tr("Re&verse"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("correctionSubmit"));
    m_submit->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentCorrectionDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(refund ? tr("Pays unapplied cash of the payment back to the customer.")
                                    : tr("Undoes what the payment paid, and the discounts granted with it: its "
                                         "invoices are open again and dunning picks them up."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());

    // The payment's day bounds the date; a refund proposes all that is unapplied.
    const QString id = m_paymentId;
    auto loaded = m_session.run<Result<std::pair<Payment, Money>>>(
        [id](storage::Workspace &ws, services::JobControl &) -> Result<std::pair<Payment, Money>> {
            storage::PaymentRepository payments(ws.database());
            auto payment = payments.find(id);
            if (!payment)
                return payment.error();
            if (!*payment)
                return makeError(ErrorCode::NotFound, tr("there is no payment %1").arg(id));
            auto rest = payments.unapplied(**payment);
            if (!rest)
                return rest.error();
            return std::pair { **payment, *rest };
        });
    whenReady(this, loaded, [this](const Result<std::pair<Payment, Money>> &found) {
        if (!found) {
            m_problem->setText(ErrorMessages::describe(found.error()));
            return;
        }
        const auto &[payment, rest] = *found;
        m_currency = payment.amount.currency();
        m_date->setMinimumDate(payment.date);
        m_amount->setText(m_format.amount(rest));
        if (payment.reversedOn.isValid()) {
            m_problem->setText(tr("This payment was reversed on %1.").arg(m_format.date(payment.reversedOn)));
            return;
        }
        if (m_kind == Kind::Refund && !rest.isPositive()) {
            m_problem->setText(tr("Nothing of this payment is unapplied."));
            return;
        }
        m_submit->setEnabled(true);
    });
}

void PaymentCorrectionDialog::submit()
{
    qint64 minor = 0;
    if (m_kind == Kind::Refund && !m_format.readDecimal(m_amount->text(), m_currency.minorDigits(), minor)) {
        m_problem->setText(tr("The amount \"%1\" is not an amount in %2.").arg(m_amount->text(), m_currency.code()));
        return;
    }
    const Kind kind = m_kind;
    const QString id = m_paymentId;
    const QString author = m_author;
    const QDate date = m_date->date();
    const QString text = m_text->text();
    const Money amount(minor, m_currency);
    const Clock &clock = m_clock;
    m_submit->setEnabled(false);
    auto done = m_session.run<Status>(
        [kind, id, author, date, text, amount, &clock](storage::Workspace &ws, services::JobControl &) -> Status {
            services::PaymentPosting posting(ws.database(), clock, author);
            if (kind == Kind::Reversal)
                return posting.reverse(id, date, text);
            auto refunded = posting.refund(id, amount, date, QString(), text);
            return refunded ? success() : Status(refunded.error());
        });
    whenReady(this, done, [this](const Status &status) {
        if (!status) {
            m_problem->setText(ErrorMessages::describe(status.error()));
            m_submit->setEnabled(true);
            return;
        }
        emit corrected(m_paymentId);
        accept();
    });
}

} // namespace cc::ui
