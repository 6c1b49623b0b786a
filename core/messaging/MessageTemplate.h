// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QVariantMap>

namespace cc::messaging {

/// A message in one language, as mustache templates for its subject and body
/// ({{customer.name}}, {{#invoices}}…{{/invoices}}, {{total_open}}, {{payment_link}}).
struct MessageTemplate {
    /// Values go into messages as they are, into HTML (letters, statements) escaped.
    enum class Escaping { PlainText, Html };

    QString key; ///< "reminder", "first_notice", "statement", …
    QString language; ///< "en", "de", …
    QString subject;
    QString body;

    /// The subject and body with `context` filled in. A template that does not parse is an
    /// error naming it and the problem.
    Result<std::pair<QString, QString>> render(
        const QVariantMap &context, Escaping escaping = Escaping::PlainText) const;

    /// The templates CashCycle ships, in English and German.
    static const QList<MessageTemplate> &builtIn();
};

} // namespace cc::messaging
