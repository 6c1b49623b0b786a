// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace cc {
class Clock;
}
namespace cc::services {
class WorkspaceSession;
}

namespace cc::ui {

/// Edits the team's message templates, one key and language at a time: subject and body in
/// mustache, with the placeholders listed and a live preview for a real customer. Saving
/// refuses a template that does not parse. While there are unsaved changes the template and
/// language cannot be switched, so no edit is lost by a stray click.
class TemplateEditorDialog : public QDialog {
    Q_OBJECT
public:
    TemplateEditorDialog(services::WorkspaceSession &session, const Clock &clock, QStringList keys,
        QString previewCustomer, QString sender, QWidget *parent = nullptr);

signals:
    /// A template was saved (for tests and the status bar).
    void saved(const QString &key, const QString &language);

private:
    void load();
    void edited();
    void preview();
    void save();
    void setModified(bool modified);
    void showProblem(const QString &text);

    services::WorkspaceSession &m_session;
    const Clock &m_clock;
    QString m_previewCustomer;
    QString m_sender;
    QComboBox *m_key;
    QComboBox *m_language;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QPlainTextEdit *m_preview;
    QLabel *m_previewTitle;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_revert;
    QTimer *m_previewDelay;
    bool m_loading = false;
    int m_loadGeneration = 0; // answers to earlier requests are dropped
    int m_previewGeneration = 0;
};

} // namespace cc::ui
