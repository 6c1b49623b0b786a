// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace cc::ui {

/// A note on an account's timeline; Ctrl+Enter saves.
class NoteDialog : public QDialog {
    Q_OBJECT
public:
    explicit NoteDialog(QWidget *parent = nullptr);
    QString note() const;

private:
    QPlainTextEdit *m_text;
};

} // namespace cc::ui
