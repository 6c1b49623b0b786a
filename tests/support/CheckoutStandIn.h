// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QUrl>

namespace cc::test {

/// A local stand-in for a Stripe-compatible Checkout API (tests/support/checkout-standin.py)
/// that knows one secret key; pay() finishes a session as a customer on the hosted page would.
class CheckoutStandIn {
public:
    explicit CheckoutStandIn(const QString &secretKey);
    ~CheckoutStandIn();

    bool isRunning() const { return m_port > 0; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    bool pay(const QString &sessionId);

private:
    QProcess m_process;
    int m_port = 0;
};

} // namespace cc::test
