// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstRunDialog.h"

#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cc::ui {

FirstRunDialog::FirstRunDialog(const QString &directory, bool keychain, QWidget *parent)
    : QDialog(parent)
    , m_demoSize(new QComboBox(this))
{
    setWindowTitle(tr("Welcome to CashCycle"));

    auto *intro = new QLabel(tr("<h3>Welcome to CashCycle</h3>"
                                "<p>There is no workspace in <b>%1</b> yet. A workspace is an encrypted "
                                "folder that holds your customers, invoices and payments.</p>")
                                 .arg(QDir::toNativeSeparators(directory).toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    auto *protection = new QLabel(keychain ? tr("Its key will be kept in your system keychain.")
                                           : tr("It will be protected by the passphrase in your key file."),
        this);
    protection->setWordWrap(true);
    protection->setForegroundRole(QPalette::PlaceholderText);

    auto *demo = new QCommandLinkButton(tr("Create a demo workspace"),
        tr("Explore CashCycle with 24 months of invented but realistic receivables."), this);
    demo->setObjectName(QStringLiteral("createDemo"));
    auto *empty = new QCommandLinkButton(
        tr("Create an empty workspace"), tr("Start with your own data, imported from your accounting system."), this);
    empty->setObjectName(QStringLiteral("createEmpty"));
    connect(demo, &QCommandLinkButton::clicked, this, [this] { choose(Choice::Demo); });
    connect(empty, &QCommandLinkButton::clicked, this, [this] { choose(Choice::Empty); });

    m_demoSize->setObjectName(QStringLiteral("demoSize"));
    const QLocale locale;
    for (qint64 invoices : { 2'000LL, 20'000LL, 200'000LL, 1'000'000LL })
        m_demoSize->addItem(tr("%1 invoices").arg(locale.toString(invoices)), invoices);
    m_demoSize->setCurrentIndex(1);
    auto *size = new QFormLayout;
    size->addRow(tr("Demo size:"), m_demoSize);
    size->setContentsMargins(36, 0, 0, 0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(protection);
    layout->addSpacing(8);
    layout->addWidget(demo);
    layout->addLayout(size);
    layout->addWidget(empty);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

qint64 FirstRunDialog::demoInvoices() const
{
    return m_demoSize->currentData().toLongLong();
}

void FirstRunDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

} // namespace cc::ui
