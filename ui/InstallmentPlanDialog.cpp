// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstallmentPlanDialog.h"

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
#include <QSpinBox>
#include <QVBoxLayout>

namespace cc::ui {

InstallmentPlanDialog::InstallmentPlanDialog(
    services::WorkspaceSession &session, const Clock &clock, QString author, QString invoiceNumber, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_clock(clock)
    , m_author(std::move(author))
    , m_number(std::move(invoiceNumber))
    , m_count(new QSpinBox(this))
    , m_first(new QDateEdit(this))
    , m_interval(new QSpinBox(this))
    , m_reason(new QLineEdit(this))
    , m_schedule(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_agree(nullptr)
{
    setWindowTitle(tr("Installment plan for %1").arg(m_number));
    setObjectName(QStringLiteral("installmentPlanDialog"));
    m_count->setObjectName(QStringLiteral("installmentCount"));
    m_count->setRange(2, 36);
    m_count->setValue(3);
    m_first->setObjectName(QStringLiteral("installmentFirst"));
    m_first->setCalendarPopup(true);
    m_first->setMinimumDate(clock.today().addDays(1));
    m_first->setDate(clock.today().addMonths(1));
    m_interval->setObjectName(QStringLiteral("installmentInterval"));
    m_interval->setRange(7, 365);
    m_interval->setValue(30);
    m_interval->setSuffix(tr(" days"));
    m_reason->setObjectName(QStringLiteral("installmentReason"));
    m_reason->setPlaceholderText(tr("Why, for the timeline"));
    m_schedule->setObjectName(QStringLiteral("installmentSchedule"));
    m_schedule->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("installmentProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::Link);
    auto *form = new QFormLayout;
    form->addRow(tr("&Installments:"), m_count);
    form->addRow(tr("&First on:"), m_first);
    form->addRow(tr("&Every:"), m_interval);
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_agree = buttons->addButton(tr("A&gree"), QDialogButtonBox::AcceptRole);
    m_agree->setObjectName(QStringLiteral("installmentAgree"));
    m_agree->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &InstallmentPlanDialog::agree);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_count, &QSpinBox::valueChanged, this, &InstallmentPlanDialog::showSchedule);
    connect(m_interval, &QSpinBox::valueChanged, this, &InstallmentPlanDialog::showSchedule);
    connect(m_first, &QDateEdit::dateChanged, this, &InstallmentPlanDialog::showSchedule);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_schedule);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());

    auto invoice = m_session.run<Result<std::optional<InvoiceSummary>>>(
        [number = m_number](storage::Workspace &ws, services::JobControl &) {
            return storage::InvoiceRepository(ws.database()).summaryByNumber(number);
        });
    whenReady(this, invoice, [this](const Result<std::optional<InvoiceSummary>> &found) {
        if (!found || !*found) {
            m_problem->setText(
                found ? tr("There is no invoice %1.").arg(m_number) : ErrorMessages::describe(found.error()));
            return;
        }
        m_open = (*found)->open;
        m_agree->setEnabled(m_open.isPositive());
        showSchedule();
    });
}

void InstallmentPlanDialog::showSchedule()
{
    if (!m_open.isPositive())
        return;
    const int count = m_count->value();
    const QList<Money> parts = m_open.allocate(QList<qint64>(count, 1));
    const QDate last = m_first->date().addDays(qint64(m_interval->value()) * (count - 1));
    m_schedule->setText(tr("%1 in %2 installments of %3 from %4 to %5; dunning and interest wait until then.")
                            .arg(m_format.format(m_open))
                            .arg(count)
                            .arg(m_format.format(parts.first()), m_format.date(m_first->date()), m_format.date(last)));
}

void InstallmentPlanDialog::agree()
{
    m_agree->setEnabled(false);
    auto done = m_session.run<Result<QStringList>>(
        [number = m_number, count = m_count->value(), first = m_first->date(), interval = m_interval->value(),
            reason = m_reason->text(), author = m_author,
            clock = &m_clock](storage::Workspace &ws, services::JobControl &) {
            return services::CollectionsLog(ws.database(), *clock, author)
                .agreeInstallmentPlan(number, count, first, interval, reason);
        });
    whenReady(this, done, [this](const Result<QStringList> &promises) {
        if (!promises) {
            m_problem->setText(ErrorMessages::describe(promises.error()));
            m_agree->setEnabled(true);
            return;
        }
        emit agreed(m_number);
        accept();
    });
}

} // namespace cc::ui
