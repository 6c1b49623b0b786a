// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogCallDialog.h"

#include "DomainText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QShortcut>

namespace cc::ui {

using collections::CallOutcome;

LogCallDialog::LogCallDialog(const QStringList &contacts, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_outcome(new QComboBox(this))
    , m_contact(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_followUp(new QCheckBox(tr("&Follow up on"), this))
    , m_followUpDate(new QDateEdit(today.addDays(3), this))
{
    setWindowTitle(tr("Log a call"));
    setObjectName(QStringLiteral("logCallDialog"));
    m_outcome->setObjectName(QStringLiteral("callOutcome"));
    for (CallOutcome outcome : { CallOutcome::Reached, CallOutcome::Voicemail, CallOutcome::WrongNumber,
             CallOutcome::Refused, CallOutcome::Promised })
        m_outcome->addItem(DomainText::callOutcome(outcome), int(outcome));
    m_contact->setObjectName(QStringLiteral("callContact"));
    m_contact->setEditable(true);
    m_contact->addItems(contacts);
    m_note->setObjectName(QStringLiteral("callNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What was said, what happens next"));
    m_followUp->setObjectName(QStringLiteral("followUp"));
    m_followUpDate->setObjectName(QStringLiteral("followUpDate"));
    m_followUpDate->setCalendarPopup(true);
    m_followUpDate->setMinimumDate(today);
    m_followUpDate->setEnabled(false);
    connect(m_followUp, &QCheckBox::toggled, m_followUpDate, &QWidget::setEnabled);
    // Nobody answered: calling again is the follow-up.
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        const auto outcome = CallOutcome(m_outcome->currentData().toInt());
        m_followUp->setChecked(outcome == CallOutcome::Voicemail);
    });

    auto *followUp = new QHBoxLayout;
    followUp->addWidget(m_followUp);
    followUp->addWidget(m_followUpDate, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&With:"), m_contact);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(followUp);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, this, &QDialog::accept);
    resize(460, 300);
    m_outcome->setFocus();
}

CallOutcome LogCallDialog::outcome() const
{
    return CallOutcome(m_outcome->currentData().toInt());
}

QString LogCallDialog::contact() const
{
    return m_contact->currentText().trimmed();
}

QString LogCallDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

QDate LogCallDialog::followUp() const
{
    return m_followUp->isChecked() ? m_followUpDate->date() : QDate();
}

} // namespace cc::ui
