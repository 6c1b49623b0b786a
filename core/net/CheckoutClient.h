// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

namespace cc::net {

/// A Stripe-compatible Checkout API (the base URL is configurable, so any provider or stand-in
/// that speaks it serves): hosted payment pages for an amount, and the completed ones read back
/// from the events list (the poll that stands in for a webhook a desktop cannot receive).
/// The secret key goes as a bearer token. Blocks for the network.
class CheckoutClient {
    Q_DECLARE_TR_FUNCTIONS(CheckoutClient)

public:
    struct Session {
        QString id;
        QUrl url;
    };
    /// A paid checkout, from a checkout.session.completed event.
    struct Completed {
        QString eventId;
        QDateTime created;
        QString sessionId;
        QString reference; ///< the client reference the session was made with: the invoice number
        Money amount;
        QString paymentIntent;
    };

    CheckoutClient(QUrl baseUrl, QByteArray secretKey)
        : m_base(std::move(baseUrl))
        , m_key(std::move(secretKey))
    {
    }

    /// A payment page for `amount`, named `description`, referring to `reference`.
    Result<Session> createSession(
        const QString &reference, const Money &amount, const QString &description, const QUrl &successUrl) const;
    /// Every checkout completed after `after` (paging through the whole list), oldest first.
    Result<QList<Completed>> completedSince(const QDateTime &after) const;

private:
    Result<QByteArray> call(const QString &path, const QByteArray &form = {}) const;

    QUrl m_base;
    QByteArray m_key;
};

} // namespace cc::net
