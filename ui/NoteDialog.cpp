// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoteDialog.h"

#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace cc::ui {

NoteDialog::NoteDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Add a note"));
    setObjectName(QStringLiteral("noteDialog"));
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    connect(m_text, &QPlainTextEdit::textChanged, this,
        [this, buttons] { buttons->button(QDialogButtonBox::Save)->setEnabled(!note().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, this, [this] {
        if (!note().isEmpty())
            accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(420, 220);
    m_text->setFocus();
}

QString NoteDialog::note() const
{
    return m_text->toPlainText().trimmed();
}

} // namespace cc::ui
