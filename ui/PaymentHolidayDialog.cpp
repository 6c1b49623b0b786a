// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentHolidayDialog.h"

#include "ErrorMessages.h"
#include "WhenReady.h"
#include "common/Clock.h"
#include "services/CollectionsLog.h"
#include "services/WorkspaceSession.h"
#include "storage/InvoiceRepository.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

PaymentHolidayDialog::PaymentHolidayDialog(
    services::WorkspaceSession &session, const Clock &clock, QString author, QString invoiceNumber, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_clock(clock)
    , m_author(std::move(author))
    , m_number(std::move(invoiceNumber))
    , m_until(new QDateEdit(this))
    , m_reason(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_grant(nullptr)
{
    setWindowTitle(tr("Payment holiday for %1").arg(m_number));
    setObjectName(QStringLiteral("paymentHolidayDialog"));
    m_until->setObjectName(QStringLiteral("holidayUntil"));
    m_until->setCalendarPopup(true);
    m_until->setMinimumDate(clock.today().addDays(1));
    m_reason->setObjectName(QStringLiteral("holidayReason"));
    m_reason->setPlaceholderText(tr("Why, for the timeline"));
    m_problem->setObjectName(QStringLiteral("holidayProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Due again on:"), m_until);
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_grant = buttons->addButton(tr("&Grant"), QDialogButtonBox::AcceptRole);
    m_grant->setObjectName(QStringLiteral("holidayGrant"));
    m_grant->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentHolidayDialog::grant);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());

    // Proposes a month after the current due date, or after today when that is later.
    const QString number = m_number;
    auto invoice = m_session.run<Result<std::optional<Invoice>>>(
        [number](storage::Workspace &workspace, services::JobControl &) {
            return storage::InvoiceRepository(workspace.database()).findByNumber(number);
        });
    whenReady(this, invoice, [this](const Result<std::optional<Invoice>> &found) {
        if (!found || !*found) {
            m_problem->setText(
                found ? tr("There is no invoice %1.").arg(m_number) : ErrorMessages::describe(found.error()));
            m_problem->show();
            return;
        }
        m_customerId = (*found)->customerId;
        m_until->setDate(qMax((*found)->dueDate, m_clock.today()).addMonths(1));
        m_grant->setEnabled(true);
    });
}

void PaymentHolidayDialog::grant()
{
    const QString customer = m_customerId;
    const QString number = m_number;
    const QDate until = m_until->date();
    const QString reason = m_reason->text();
    const QString author = m_author;
    const Clock &clock = m_clock;
    m_grant->setEnabled(false);
    auto future = m_session.run<Result<QString>>(
        [customer, number, until, reason, author, &clock](storage::Workspace &workspace, services::JobControl &) {
            return services::CollectionsLog(workspace.database(), clock, author)
                .grantPaymentHoliday(customer, { number }, until, reason);
        });
    whenReady(this, future, [this](const Result<QString> &done) {
        if (!done) {
            m_problem->setText(ErrorMessages::describe(done.error()));
            m_problem->show();
            m_grant->setEnabled(true);
            return;
        }
        emit granted(m_number);
        accept();
    });
}

} // namespace cc::ui
