// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "net/CheckoutClient.h"
#include "storage/SqlDatabase.h"

#include <QCoreApplication>

namespace cc::services {

/// "Pay now" links: a hosted checkout page for what is open on an invoice, made through a
/// Stripe-compatible API (settings paylink.base_url and paylink.success_url; the secret key lives
/// in the keychain under keychainAccount(), read by the caller on the thread that may use the
/// keychain), and the checkouts customers completed read back and recorded as payments on their
/// invoices, once each however often they are read.
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

    PaymentLinks(storage::SqlDatabase &db, const Clock &clock, QString author)
        : m_db(db)
        , m_clock(clock)
        , m_author(std::move(author))
    {
    }

    /// Checks and stores the provider's address and the page customers see after paying (the
    /// key is not the workspace's to keep).
    Status configure(const QUrl &baseUrl, const QUrl &successUrl);
    /// The provider's address; InvalidInput when payment links are not set up.
    Result<QUrl> baseUrl();
    /// The payment page for what is open on the invoice; the one made before while that is unchanged.
    Result<QUrl> create(const QString &invoiceNumber, const QByteArray &secretKey);
    /// Records every checkout completed since the last time as a payment of its invoice.
    Result<Collected> collect(const QByteArray &secretKey);

private:
    Result<net::CheckoutClient> client(const QByteArray &secretKey);

    storage::SqlDatabase &m_db;
    const Clock &m_clock;
    QString m_author;
};

} // namespace cc::services
