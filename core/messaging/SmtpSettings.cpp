// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpSettings.h"

#include "storage/SettingsRepository.h"

#include <QRegularExpression>

namespace cc::messaging {
namespace {

std::optional<SmtpSettings::Security> securityFrom(const QString &text)
{
    if (text == QLatin1String("none"))
        return SmtpSettings::Security::None;
    if (text == QLatin1String("starttls"))
        return SmtpSettings::Security::StartTls;
    if (text == QLatin1String("tls"))
        return SmtpSettings::Security::Tls;
    return std::nullopt;
}

} // namespace

QString toString(SmtpSettings::Security security)
{
    switch (security) {
    case SmtpSettings::Security::None:
        return QStringLiteral("none");
    case SmtpSettings::Security::StartTls:
        return QStringLiteral("starttls");
    case SmtpSettings::Security::Tls:
        break;
    }
    return QStringLiteral("tls");
}

QString SmtpSettings::keychainAccount() const
{
    return QStringLiteral("smtp:%1@%2:%3").arg(user, host).arg(port);
}

const QStringList &SmtpSettings::keys()
{
    static const QStringList names { QStringLiteral("smtp.host"), QStringLiteral("smtp.port"),
        QStringLiteral("smtp.security"), QStringLiteral("smtp.user"), QStringLiteral("smtp.from"),
        QStringLiteral("smtp.from_name"), QStringLiteral("smtp.ca_file") };
    return names;
}

Status SmtpSettings::set(storage::SqlDatabase &db, const QString &key, const QString &value)
{
    if (!keys().contains(key))
        return makeError(
            ErrorCode::InvalidInput, tr("unknown setting %1 (known: %2)").arg(key, keys().join(QStringLiteral(", "))));
    if (key == QLatin1String("smtp.port")) {
        bool ok = false;
        const int port = value.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return makeError(
                ErrorCode::InvalidInput, tr("smtp.port must be a port number from 1 to 65535, not \"%1\"").arg(value));
    }
    if (key == QLatin1String("smtp.security") && !securityFrom(value))
        return makeError(
            ErrorCode::InvalidInput, tr("smtp.security must be none, starttls or tls, not \"%1\"").arg(value));
    static const QRegularExpression address(QStringLiteral(R"(^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$)"));
    if (key == QLatin1String("smtp.from") && !address.match(value).hasMatch())
        return makeError(ErrorCode::InvalidInput, tr("smtp.from must be an email address, not \"%1\"").arg(value));
    return storage::SettingsRepository(db).setValue(key, value.trimmed());
}

Result<SmtpSettings> SmtpSettings::load(storage::SqlDatabase &db)
{
    storage::SettingsRepository repository(db);
    QHash<QString, QString> values;
    for (const QString &key : keys()) {
        auto value = repository.value(key);
        if (!value)
            return value.error();
        if (*value)
            values.insert(key, **value);
    }
    SmtpSettings settings;
    settings.host = values.value(QStringLiteral("smtp.host"));
    settings.port = values.value(QStringLiteral("smtp.port"), QStringLiteral("587")).toInt();
    settings.security = securityFrom(values.value(QStringLiteral("smtp.security"), QStringLiteral("starttls")))
                            .value_or(Security::StartTls);
    settings.user = values.value(QStringLiteral("smtp.user"));
    settings.from = values.value(QStringLiteral("smtp.from"));
    settings.fromName = values.value(QStringLiteral("smtp.from_name"));
    settings.caFile = values.value(QStringLiteral("smtp.ca_file"));
    return settings;
}

} // namespace cc::messaging
