// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerAccount.h"

#include <QSettings>
#include <QUrl>
#include <QUrlQuery>

namespace cc::server {

QString ServerAccount::uri(const QString &password) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    url.setUserName(user);
    if (!password.isEmpty())
        url.setPassword(password);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!rootCertificate.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), rootCertificate);
    // A dead server must not keep anyone waiting for minutes.
    query.addQueryItem(QStringLiteral("connect_timeout"), QStringLiteral("10"));
    query.addQueryItem(QStringLiteral("application_name"), QStringLiteral("CashCycle"));
    url.setQuery(query);
    return QString::fromUtf8(url.toEncoded());
}

QString ServerAccount::keychainAccount() const
{
    return QStringLiteral("server/%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

ServerAccount ServerAccount::fromUri(const QString &uri)
{
    const QUrl url(uri);
    const QUrlQuery query(url);
    ServerAccount account;
    account.host = url.host();
    account.port = url.port(5432);
    account.database = url.path().mid(1);
    account.user = url.userName();
    account.sslMode = query.queryItemValue(QStringLiteral("sslmode"));
    account.rootCertificate = query.queryItemValue(QStringLiteral("sslrootcert"));
    return account;
}

void ServerAccount::save(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("server"));
    settings.setValue(QStringLiteral("host"), host);
    settings.setValue(QStringLiteral("port"), port);
    settings.setValue(QStringLiteral("database"), database);
    settings.setValue(QStringLiteral("user"), user);
    settings.setValue(QStringLiteral("sslMode"), sslMode);
    settings.setValue(QStringLiteral("rootCertificate"), rootCertificate);
    settings.endGroup();
}

ServerAccount ServerAccount::load(QSettings &settings)
{
    ServerAccount account;
    settings.beginGroup(QStringLiteral("server"));
    account.host = settings.value(QStringLiteral("host")).toString();
    account.port = settings.value(QStringLiteral("port"), 5432).toInt();
    account.database = settings.value(QStringLiteral("database")).toString();
    account.user = settings.value(QStringLiteral("user")).toString();
    account.sslMode = settings.value(QStringLiteral("sslMode"), QStringLiteral("verify-full")).toString();
    account.rootCertificate = settings.value(QStringLiteral("rootCertificate")).toString();
    settings.endGroup();
    return account;
}

} // namespace cc::server
