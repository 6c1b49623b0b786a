// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cc {
class Clock;
}
namespace cc::services {
class WorkspaceSession;
}

namespace cc::ui {

/// Sets up "pay now" links: the Stripe-compatible provider's address, its secret key (kept in
/// the system keychain) and the page customers see after paying.
class PaymentLinksDialog : public QDialog {
    Q_OBJECT
public:
    PaymentLinksDialog(services::WorkspaceSession &session, const Clock &clock, QWidget *parent = nullptr);

private:
    void save();

    services::WorkspaceSession &m_session;
    const Clock &m_clock;
    QLineEdit *m_baseUrl;
    QLineEdit *m_secret;
    QLineEdit *m_successUrl;
    QLabel *m_problem;
    QPushButton *m_save;
};

} // namespace cc::ui
