// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "net/CheckoutClient.h"
#include "security/KeyStore.h"
#include "storage/SqlDatabase.h"

#include <QCoreApplication>

namespace cc::services {

/// "Pay now" links: a hosted checkout page for what is open on an invoice, made through a
/// Stripe-compatible API (settings paylink.base_url and paylink.success_url; the secret key in
/// the keychain), and the checkouts customers completed read back and recorded as payments on
/// their invoices, once each however often they are read.
class PaymentLinks {
    Q_DECLARE_TR_FUNCTIONS(PaymentLinks)

public:
    static const QString BaseUrlKey;
    static const QString SuccessUrlKey;
    static QString keychainAccount(const QUrl &baseUrl) { return QStringLiteral("paylink:") + baseUrl.toString(); }

    struct Collected {
        int recorded = 0;
        int known = 0; ///< recorded before
        QStringList invoices; ///< paid by the checkouts recorded now
        QStringList unknown; ///< references that name no invoice here
    };

    PaymentLinks(storage::SqlDatabase &db, const Clock &clock, QString author, security::KeyStore &keys)
        : m_db(db)
        , m_clock(clock)
        , m_author(std::move(author))
        , m_keys(keys)
    {
    }

    /// Stores the provider's address and secret key (in the keychain, never in the workspace).
    Status configure(const QUrl &baseUrl, const QByteArray &secretKey, const QUrl &successUrl);
    /// The payment page for what is open on the invoice; the one made before while that is unchanged.
    Result<QUrl> create(const QString &invoiceNumber);
    /// Records every checkout completed since the last time as a payment of its invoice.
    Result<Collected> collect();

private:
    Result<net::CheckoutClient> client();

    storage::SqlDatabase &m_db;
    const Clock &m_clock;
    QString m_author;
    security::KeyStore &m_keys;
};

} // namespace cc::services
