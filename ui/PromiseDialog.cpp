// SPDX-License-Identifier: GPL-3.0-or-later
#include "PromiseDialog.h"

#include "services/MoneyFormatter.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QShortcut>

namespace cc::ui {

PromiseDialog::PromiseDialog(
    const Money &suggested, const QDate &today, const QList<InvoiceSummary> &openInvoices, QWidget *parent)
    : QDialog(parent)
    , m_currency(suggested.currency())
    , m_amountEdit(new QLineEdit(this))
    , m_date(new QDateEdit(today.addDays(7), this))
    , m_invoices(new QListWidget(this))
    , m_note(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Promise to pay"));
    setObjectName(QStringLiteral("promiseDialog"));
    const services::MoneyFormatter format;
    m_amountEdit->setObjectName(QStringLiteral("promiseAmount"));
    m_amountEdit->setText(format.amount(suggested));
    m_amountEdit->selectAll();
    m_date->setObjectName(QStringLiteral("promiseDate"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(today);
    m_invoices->setObjectName(QStringLiteral("promiseInvoices"));
    for (const InvoiceSummary &invoice : openInvoices) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2 open, due %3").arg(invoice.number, format.format(invoice.open), format.date(invoice.dueDate)),
            m_invoices);
        item->setData(Qt::UserRole, invoice.number);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_invoices->setMaximumHeight(120);
    m_note->setObjectName(QStringLiteral("promiseNote"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(70);
    m_problem->setObjectName(QStringLiteral("promiseProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Amount (%1):").arg(m_currency.code()), m_amountEdit);
    form->addRow(tr("&By:"), m_date);
    form->addRow(tr("For &invoices:"), m_invoices);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PromiseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, this, &PromiseDialog::accept);
    resize(480, 360);
    m_amountEdit->setFocus();
}

QDate PromiseDialog::promisedFor() const
{
    return m_date->date();
}

QStringList PromiseDialog::invoiceNumbers() const
{
    QStringList numbers;
    for (int row = 0; row < m_invoices->count(); ++row) {
        if (m_invoices->item(row)->checkState() == Qt::Checked)
            numbers << m_invoices->item(row)->data(Qt::UserRole).toString();
    }
    return numbers;
}

QString PromiseDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void PromiseDialog::accept()
{
    // The amount as the locale writes it: its group separators go, its decimal point counts.
    const QLocale locale;
    QString text = m_amountEdit->text().trimmed();
    text.remove(locale.groupSeparator());
    auto parsed = Money::parse(text, m_currency, locale.decimalPoint().at(0));
    if (!parsed || !parsed->isPositive()) {
        m_problem->setText(parsed ? tr("The promised amount must be more than zero.")
                                  : tr("\"%1\" is not an amount in %2.").arg(m_amountEdit->text(), m_currency.code()));
        m_problem->show();
        m_amountEdit->setFocus();
        m_amountEdit->selectAll();
        return;
    }
    m_amount = *parsed;
    QDialog::accept();
}

} // namespace cc::ui
