// SPDX-License-Identifier: GPL-3.0-or-later
#include "FollowUpDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace cc::ui {

FollowUpDialog::FollowUpDialog(const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_due(new QDateEdit(today.addDays(1), this))
{
    setWindowTitle(tr("Follow-up"));
    setObjectName(QStringLiteral("followUpDialog"));
    m_title->setObjectName(QStringLiteral("followUpTitle"));
    m_title->setPlaceholderText(tr("Call back about the payment run"));
    m_due->setObjectName(QStringLiteral("followUpDue"));
    m_due->setCalendarPopup(true);
    m_due->setMinimumDate(today);
    auto *form = new QFormLayout;
    form->addRow(tr("&What:"), m_title);
    form->addRow(tr("&By:"), m_due);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    save->setEnabled(false);
    connect(m_title, &QLineEdit::textChanged, this, [this, save] { save->setEnabled(!title().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_title->setFocus();
}

QString FollowUpDialog::title() const
{
    return m_title->text().trimmed();
}

QDate FollowUpDialog::due() const
{
    return m_due->date();
}

} // namespace cc::ui
