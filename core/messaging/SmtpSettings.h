// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/SqlDatabase.h"

#include <QCoreApplication>

namespace cc::messaging {

/// Where and as whom mail goes out: kept in the workspace as smtp.host, smtp.port,
/// smtp.security, smtp.user, smtp.from (and smtp.from_name, smtp.ca_file). The password never
/// is: it lives in the OS keychain under keychainAccount().
struct SmtpSettings {
    Q_DECLARE_TR_FUNCTIONS(SmtpSettings)

public:
    enum class Security { None, StartTls, Tls };

    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString user;
    QString from;
    QString fromName;
    QString caFile; ///< the CA to trust instead of the system's (a company's own mail server)

    bool isComplete() const { return !host.isEmpty() && !from.isEmpty(); }
    QString keychainAccount() const;

    /// The names `cashcycle-cli settings set` accepts, as stored.
    static const QStringList &keys();
    /// Checks and stores one setting ("smtp.port" must be a port, "smtp.security" none,
    /// starttls or tls, "smtp.from" an address).
    static Status set(storage::SqlDatabase &db, const QString &key, const QString &value);
    static Result<SmtpSettings> load(storage::SqlDatabase &db);
};

QString toString(SmtpSettings::Security security);

} // namespace cc::messaging
