// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cc::services {
class WorkspaceSession;
}

namespace cc::ui {

/// Who the invoices and letters come from: name, address, VAT ID, logo and the bank account
/// customers pay to. Saved whole or not at all; a mistyped IBAN or BIC is named and nothing
/// changes.
class CompanyDialog : public QDialog {
    Q_OBJECT
public:
    explicit CompanyDialog(services::WorkspaceSession &session, QWidget *parent = nullptr);

signals:
    void loaded();

private:
    void save();

    services::WorkspaceSession &m_session;
    QLineEdit *m_name;
    QPlainTextEdit *m_address;
    QLineEdit *m_vatId;
    QLineEdit *m_logo;
    QLineEdit *m_iban;
    QLineEdit *m_bic;
    QLabel *m_problem;
};

} // namespace cc::ui
