// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/Activity.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPlainTextEdit;

namespace cc::ui {

/// Logs a call from the keyboard: outcome (first letter picks it), whom, a note, and an
/// optional follow-up date. Ctrl+Enter saves from anywhere in the dialog.
class LogCallDialog : public QDialog {
    Q_OBJECT
public:
    LogCallDialog(const QStringList &contacts, const QDate &today, QWidget *parent = nullptr);

    collections::CallOutcome outcome() const;
    QString contact() const;
    QString note() const;
    /// Invalid when no follow-up is wanted.
    QDate followUp() const;

private:
    QComboBox *m_outcome;
    QComboBox *m_contact;
    QPlainTextEdit *m_note;
    QCheckBox *m_followUp;
    QDateEdit *m_followUpDate;
};

} // namespace cc::ui
