// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSettings;

namespace cc::server {

/// Where and as whom this desktop connects to the shared server. Kept in the settings file;
/// the password never is: it lives in the OS keychain under keychainAccount().
class ServerAccount {
public:
    QString host;
    int port = 5432;
    QString database;
    QString user;
    /// libpq's sslmode: disable, prefer, require, verify-ca or verify-full.
    QString sslMode = QStringLiteral("verify-full");
    /// The CA certificate to verify the server against; empty: libpq's default (~/.postgresql/root.crt).
    QString rootCertificate;

    bool isComplete() const { return !host.isEmpty() && !database.isEmpty() && !user.isEmpty() && port > 0; }
    /// The libpq connection URI, with the password when given.
    QString uri(const QString &password = {}) const;
    QString keychainAccount() const;

    /// The account a libpq connection URI names (its password aside).
    static ServerAccount fromUri(const QString &uri);

    void save(QSettings &settings) const;
    static ServerAccount load(QSettings &settings);
};

} // namespace cc::server
