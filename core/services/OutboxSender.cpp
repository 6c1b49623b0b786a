// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxSender.h"

#include "messaging/SmsGateway.h"
#include "messaging/SmtpSender.h"
#include "storage/SettingsRepository.h"

namespace cc::services {
namespace {

// The secret given, else the keychain's; none stored is no secret (an open relay, a gateway
// without a token), anything else an error.
Result<QString> secret(const std::optional<QString> &given, security::KeyStore &keys, const QString &account)
{
    if (given)
        return *given;
    auto stored = keys.read(account);
    if (!stored)
        return stored.error().code == ErrorCode::NotFound ? Result<QString>(QString())
                                                          : Result<QString>(stored.error());
    return QString::fromUtf8(*stored);
}

} // namespace

void OutboxSender::Transports::attach(MessageDispatcher &dispatcher) const
{
    dispatcher.setTransport(messaging::Channel::Email, email.get());
    dispatcher.setTransport(messaging::Channel::Sms, sms.get());
}

MessageDispatcher::Transports OutboxSender::Transports::byChannel() const
{
    return { { int(messaging::Channel::Email), email.get() }, { int(messaging::Channel::Sms), sms.get() } };
}

Result<OutboxSender::Transports> OutboxSender::transports(
    storage::SqlDatabase &db, security::KeyStore &keys, const Secrets &secrets)
{
    Transports transports;
    auto smtp = messaging::SmtpSettings::load(db);
    if (!smtp)
        return smtp.error();
    if (smtp->isComplete()) {
        auto password = smtp->user.isEmpty() ? Result<QString>(QString())
                                             : secret(secrets.smtpPassword, keys, smtp->keychainAccount());
        if (!password)
            return password.error();
        transports.email = std::make_shared<messaging::SmtpSender>(*smtp, *password);
    } else {
        transports.unconfigured << QStringLiteral("email");
    }
    storage::SettingsRepository settings(db);
    auto url = settings.value(QStringLiteral("sms.gateway_url"));
    auto sender = settings.value(QStringLiteral("sms.sender"));
    if (!url || !sender)
        return !url ? url.error() : sender.error();
    if (*url) {
        auto token = secret(secrets.smsToken, keys, messaging::SmsGateway::keychainAccount(QUrl(**url)));
        if (!token)
            return token.error();
        transports.sms = std::make_shared<messaging::SmsGateway>(QUrl(**url), sender->value_or(QString()), *token);
    } else {
        transports.unconfigured << QStringLiteral("sms");
    }
    return transports;
}

Result<OutboxSender::Report> OutboxSender::sendDue(storage::SqlDatabase &db, const Clock &clock, const QString &author,
    security::KeyStore &keys, const Secrets &secrets, JobControl &control)
{
    auto found = transports(db, keys, secrets);
    if (!found)
        return found.error();
    MessageDispatcher dispatcher(db, clock, author);
    found->attach(dispatcher);
    auto dispatched = dispatcher.run(control);
    if (!dispatched)
        return dispatched.error();
    return Report { *dispatched, found->unconfigured };
}

} // namespace cc::services
