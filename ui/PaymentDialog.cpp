// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentDialog.h"

#include "ErrorMessages.h"
#include "PaymentPlanModel.h"
#include "WhenReady.h"
#include "common/Clock.h"
#include "services/PaymentPosting.h"
#include "services/WorkspaceSession.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cc::ui {

using services::PaymentPosting;

struct PaymentDialog::Loaded {
    Customer customer;
    QStringList currencies; ///< in use in the workspace, for money received in another one
    std::optional<Payment> payment;
    std::optional<Money> unapplied;
    QList<PaymentAllocator::OpenItem> items;
};

PaymentDialog::PaymentDialog(services::WorkspaceSession &session, const Clock &clock, QString author,
    QString customerId, QString paymentId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_clock(clock)
    , m_author(std::move(author))
    , m_customerId(std::move(customerId))
    , m_paymentId(std::move(paymentId))
    , m_form(new QFormLayout)
    , m_customer(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_amount(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_rateLabel(new QLabel(tr("&Rate:"), this))
    , m_rate(new QLineEdit(this))
    , m_converted(new QLabel(this))
    , m_method(new QComboBox(this))
    , m_reference(new QLineEdit(this))
    , m_plan(new PaymentPlanModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_post(nullptr)
{
    const bool applying = !m_paymentId.isEmpty();
    setWindowTitle(applying ? tr("Apply payment %1").arg(m_paymentId) : tr("Record payment"));
    setObjectName(QStringLiteral("paymentDialog"));
    m_date->setObjectName(QStringLiteral("paymentDate"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(clock.today());
    m_date->setDate(clock.today());
    m_amount->setObjectName(QStringLiteral("paymentAmount"));
    m_amount->setPlaceholderText(m_format.amount(Money(123456, *Currency::fromCode(QStringLiteral("EUR")))));
    m_currency->setObjectName(QStringLiteral("paymentCurrency"));
    m_rate->setObjectName(QStringLiteral("paymentRate"));
    m_rate->setToolTip(tr("How much of the customer's currency one unit received is worth"));
    m_rateLabel->setBuddy(m_rate);
    m_converted->setObjectName(QStringLiteral("paymentConverted"));
    m_method->setObjectName(QStringLiteral("paymentMethod"));
    m_method->setEditable(true);
    m_method->addItems({ tr("Bank transfer"), tr("Direct debit"), tr("Card"), tr("Cheque"), tr("Cash") });
    m_reference->setObjectName(QStringLiteral("paymentReference"));
    m_reference->setPlaceholderText(tr("Bank or cheque reference"));
    m_summary->setObjectName(QStringLiteral("paymentSummary"));
    m_problem->setObjectName(QStringLiteral("paymentProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::Link);

    m_table->setObjectName(QStringLiteral("paymentPlan"));
    m_table->setModel(m_plan);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(
        QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(PaymentPlanModel::NoteColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->resizeSection(PaymentPlanModel::InvoiceColumn, 130);
    m_table->horizontalHeader()->resizeSection(PaymentPlanModel::OpenColumn, 120);
    m_table->horizontalHeader()->resizeSection(PaymentPlanModel::CashColumn, 120);

    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_currency);
    auto *amountLabel = new QLabel(tr("&Amount:"), this);
    amountLabel->setBuddy(m_amount);
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_rate, 1);
    rateRow->addWidget(m_converted, 1);
    m_form->addRow(tr("Customer:"), m_customer);
    m_form->addRow(tr("Received &on:"), m_date);
    m_form->addRow(amountLabel, amountRow);
    m_form->addRow(m_rateLabel, rateRow);
    m_form->addRow(tr("&Method:"), m_method);
    m_form->addRow(tr("Re&ference:"), m_reference);

    auto *suggest = new QPushButton(tr("&Oldest first"), this);
    suggest->setObjectName(QStringLiteral("paymentSuggest"));
    suggest->setToolTip(tr("Apply the payment to the invoices due first, with the discounts earned"));
    auto *clear = new QPushButton(tr("Apply &nothing"), this);
    clear->setObjectName(QStringLiteral("paymentClear"));
    connect(suggest, &QPushButton::clicked, this, [this] {
        m_planEdited = false;
        m_plan->suggest();
    });
    connect(clear, &QPushButton::clicked, this, [this] {
        m_planEdited = true;
        m_plan->clear();
    });
    auto *planButtons = new QHBoxLayout;
    planButtons->addWidget(suggest);
    planButtons->addWidget(clear);
    planButtons->addSpacing(12);
    planButtons->addWidget(m_summary, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_post = buttons->addButton(applying ? tr("&Apply") : tr("Record &payment"), QDialogButtonBox::AcceptRole);
    m_post->setObjectName(QStringLiteral("paymentPost"));
    m_post->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::post);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_table, 1);
    layout->addLayout(planButtons);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(820, 560);

    for (QWidget *field :
        std::initializer_list<QWidget *> { m_date, m_amount, m_currency, m_rate, m_method, m_reference }) {
        field->setEnabled(!applying);
    }
    m_form->setRowVisible(m_rateLabel, false);
    connect(m_amount, &QLineEdit::textEdited, this, &PaymentDialog::paymentChanged);
    connect(m_rate, &QLineEdit::textEdited, this, &PaymentDialog::paymentChanged);
    connect(m_date, &QDateEdit::dateChanged, this, &PaymentDialog::paymentChanged);
    connect(m_currency, &QComboBox::currentTextChanged, this, &PaymentDialog::paymentChanged);
    connect(m_plan, &PaymentPlanModel::planChanged, this, &PaymentDialog::refreshSummary);
    // A line the user typed keeps the plan theirs: changing the amount no longer re-suggests.
    connect(m_plan, &PaymentPlanModel::linesEdited, this, [this] { m_planEdited = true; });

    const QString customer = m_customerId;
    const QString payId = m_paymentId;
    auto loaded = m_session.run<Result<Loaded>>([customer, payId](storage::Workspace &ws, services::JobControl &) {
        storage::SqlDatabase &db = ws.database();
        storage::CustomerRepository customers(db);
        auto found = customers.find(customer);
        if (!found)
            return Result<Loaded>(found.error());
        if (!*found)
            return Result<Loaded>(makeError(ErrorCode::NotFound, tr("there is no customer %1").arg(customer)));
        Loaded result { std::move(**found), {}, std::nullopt, std::nullopt, {} };
        auto currencies = customers.currencies();
        if (!currencies)
            return Result<Loaded>(currencies.error());
        result.currencies = *currencies;
        Currency currency = result.customer.currency;
        if (!payId.isEmpty()) {
            storage::PaymentRepository payments(db);
            auto payment = payments.find(payId);
            if (!payment)
                return Result<Loaded>(payment.error());
            if (!*payment)
                return Result<Loaded>(makeError(ErrorCode::NotFound, tr("there is no payment %1").arg(payId)));
            auto rest = payments.unapplied(**payment);
            if (!rest)
                return Result<Loaded>(rest.error());
            currency = (*payment)->amount.currency();
            result.payment = **payment;
            result.unapplied = *rest;
        }
        auto items = storage::InvoiceRepository(db).payableItems(customer, currency);
        if (!items)
            return Result<Loaded>(items.error());
        result.items = *items;
        return Result<Loaded>(std::move(result));
    });
    whenReady(this, loaded, [this](const Result<Loaded> &result) {
        if (!result) {
            m_problem->setText(ErrorMessages::describe(result.error()));
            return;
        }
        showLoaded(*result);
    });
}

void PaymentDialog::showLoaded(const Loaded &loaded)
{
    m_billing = loaded.customer.currency;
    m_customer->setText(tr("%1 (%2)").arg(loaded.customer.name, loaded.customer.id));
    QStringList codes { m_billing.code() };
    for (const QString &code : loaded.currencies) {
        if (!codes.contains(code))
            codes << code;
    }
    m_currency->addItems(codes);
    m_plan->setItems(loaded.items);
    if (loaded.payment) {
        const Payment &payment = *loaded.payment;
        m_billing = payment.amount.currency();
        m_unapplied = loaded.unapplied;
        m_date->setDate(payment.date);
        m_amount->setText(m_format.amount(payment.amount));
        m_currency->setCurrentText(payment.amount.currency().code());
        m_reference->setText(payment.reference);
        m_method->setCurrentText(payment.method);
        m_summary->setText(tr("Unapplied: %1").arg(m_format.format(*m_unapplied)));
    }
    paymentChanged();
    if (loaded.items.isEmpty())
        m_problem->setText(tr("%1 has no open invoices in %2: the payment stays unapplied credit.")
                               .arg(loaded.customer.name, m_billing.code()));
}

std::optional<PaymentPosting::Receipt> PaymentDialog::readReceipt(QString &why) const
{
    PaymentPosting::Receipt receipt { m_customerId, m_date->date(), Money::zero(m_billing), std::nullopt,
        m_method->currentText(), m_reference->text() };
    if (m_unapplied) {
        receipt.received = *m_unapplied;
        return receipt;
    }
    auto received = Currency::fromCode(m_currency->currentText().trimmed().toUpper());
    if (!received) {
        why = tr("The currency \"%1\" is not an ISO code.").arg(m_currency->currentText());
        return std::nullopt;
    }
    qint64 minor = 0;
    if (m_amount->text().trimmed().isEmpty())
        return std::nullopt;
    if (!m_format.readDecimal(m_amount->text(), received->minorDigits(), minor) || minor <= 0) {
        why = tr("The amount \"%1\" is not a positive amount in %2.").arg(m_amount->text(), received->code());
        return std::nullopt;
    }
    receipt.received = Money(minor, *received);
    if (!(*received == m_billing)) {
        qint64 scaled = 0;
        if (!m_format.readDecimal(m_rate->text(), FxRate::Scale, scaled) || scaled <= 0) {
            why = tr("Money in %1 is booked in %2: give the rate (%2 per %1).").arg(received->code(), m_billing.code());
            return std::nullopt;
        }
        receipt.rate = FxRate(*received, m_billing, scaled, m_date->date());
    }
    if (auto booked = PaymentPosting::bookedAmount(receipt); !booked) {
        why = booked.error().detail;
        return std::nullopt;
    }
    return receipt;
}

void PaymentDialog::paymentChanged()
{
    const bool foreign = m_currency->currentText() != m_billing.code() && !m_unapplied;
    m_form->setRowVisible(m_rateLabel, foreign);
    QString why;
    const auto receipt = readReceipt(why);
    const Money cash = receipt ? *PaymentPosting::bookedAmount(*receipt) : Money::zero(m_billing);
    m_converted->setText(receipt && foreign ? tr("= %1").arg(m_format.format(cash)) : QString());
    m_plan->setPayment(cash, m_date->date());
    if (!m_planEdited)
        m_plan->suggest();
    refreshSummary();
    if (!why.isEmpty()) {
        m_problem->setText(why);
        m_post->setEnabled(false);
    }
}

void PaymentDialog::refreshSummary()
{
    const PaymentAllocator::Plan plan = m_plan->plan();
    Money applied = Money::zero(plan.unapplied.currency());
    for (const PaymentAllocator::Line &line : plan.lines)
        applied += line.cash;
    m_summary->setText(
        tr("Applied %1 · discounts %2 · unapplied %3")
            .arg(m_format.format(applied), m_format.format(plan.discounts), m_format.format(plan.unapplied)));
    QString why;
    const bool readable = readReceipt(why).has_value();
    const QStringList problems = readable ? m_plan->problems() : QStringList();
    m_problem->setText(!why.isEmpty() ? why : problems.join(QLatin1Char('\n')));
    m_post->setEnabled(readable && problems.isEmpty());
}

void PaymentDialog::post()
{
    QString why;
    const auto entered = readReceipt(why);
    if (!entered)
        return;
    const PaymentPosting::Receipt receipt = *entered;
    const PaymentAllocator::Plan plan = m_plan->plan();
    const QString author = m_author;
    const Clock &clock = m_clock;
    const QString paymentId = m_paymentId;
    m_post->setEnabled(false);
    auto done = m_session.run<Result<QString>>(
        [receipt, plan, author, paymentId, &clock](storage::Workspace &ws, services::JobControl &) {
            PaymentPosting posting(ws.database(), clock, author);
            if (!paymentId.isEmpty()) {
                auto applied = posting.apply(paymentId, plan);
                return applied ? Result<QString>(paymentId) : Result<QString>(applied.error());
            }
            return posting.record(receipt, plan);
        });
    whenReady(this, done, [this](const Result<QString> &result) {
        if (!result) {
            m_problem->setText(ErrorMessages::describe(result.error()));
            m_post->setEnabled(true);
            return;
        }
        emit posted(*result);
        accept();
    });
}

} // namespace cc::ui
