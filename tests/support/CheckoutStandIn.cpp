// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckoutStandIn.h"
#include "TestPeer.h"
#include "net/HttpClient.h"

namespace cc::test {

CheckoutStandIn::CheckoutStandIn(const QString &secretKey)
{
    m_port = startPeer(m_process, QStringLiteral("checkout-standin.py"), { secretKey });
}

CheckoutStandIn::~CheckoutStandIn()
{
    stopPeer(m_process);
}

bool CheckoutStandIn::pay(const QString &sessionId)
{
    QUrl payment = url();
    payment.setPath(QStringLiteral("/test/pay/") + sessionId);
    auto response = net::HttpClient::send(payment, {}, QByteArrayLiteral("{}"));
    return response.ok() && response->ok();
}

} // namespace cc::test
