// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxSender.h"

#include "messaging/SmsGateway.h"
#include "messaging/SmtpSender.h"
#include "storage/SettingsRepository.h"

#include <memory>

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

Result<OutboxSender::Report> OutboxSender::sendDue(storage::SqlDatabase &db, const Clock &clock, const QString &author,
    security::KeyStore &keys, const Secrets &secrets, JobControl &control)
{
    Report report;
    MessageDispatcher dispatcher(db, clock, author);
    auto smtp = messaging::SmtpSettings::load(db);
    if (!smtp)
        return smtp.error();
    std::unique_ptr<messaging::SmtpSender> mail;
    if (smtp->isComplete()) {
        auto password = smtp->user.isEmpty() ? Result<QString>(QString())
                                             : secret(secrets.smtpPassword, keys, smtp->keychainAccount());
        if (!password)
            return password.error();
        mail = std::make_unique<messaging::SmtpSender>(*smtp, *password);
        dispatcher.setTransport(messaging::Channel::Email, mail.get());
    } else {
        report.unconfigured << QStringLiteral("email");
    }
    storage::SettingsRepository settings(db);
    auto url = settings.value(QStringLiteral("sms.gateway_url"));
    auto sender = settings.value(QStringLiteral("sms.sender"));
    if (!url || !sender)
        return !url ? url.error() : sender.error();
    std::unique_ptr<messaging::SmsGateway> sms;
    if (*url) {
        auto token = secret(secrets.smsToken, keys, messaging::SmsGateway::keychainAccount(QUrl(**url)));
        if (!token)
            return token.error();
        sms = std::make_unique<messaging::SmsGateway>(QUrl(**url), sender->value_or(QString()), *token);
        dispatcher.setTransport(messaging::Channel::Sms, sms.get());
    } else {
        report.unconfigured << QStringLiteral("sms");
    }
    auto dispatched = dispatcher.run(control);
    if (!dispatched)
        return dispatched.error();
    report.dispatched = *dispatched;
    return report;
}

} // namespace cc::services
