// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PgResult.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>

struct pg_conn;

namespace cc::server {

/// One connection to the CashCycle server (RAII over libpq's PGconn). Statements with values
/// go through exec() with parameters; DDL, which takes none, quotes names and literals with
/// libpq's escaping. Owned and used by one thread at a time.
class PgConnection {
    Q_DECLARE_TR_FUNCTIONS(PgConnection)

public:
    /// `uri` is a libpq connection URI (postgresql://user:password@host:port/db?sslmode=...);
    /// a password it lacks comes from PGPASSWORD or ~/.pgpass, as libpq does it.
    static Result<std::unique_ptr<PgConnection>> open(const QString &uri);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    /// One statement; `parameters` bind to $1, $2… in text form, a null QString as NULL.
    Result<PgResult> exec(const QString &sql, const QStringList &parameters = {});
    /// Statements without parameters, several separated by semicolons (migrations).
    Status execute(const QString &sql);
    /// Sends one statement without parameters and returns at once, so the server works on it
    /// while the caller does something else; receive() waits for its result. Nothing else
    /// may run on the connection in between.
    Status send(const QString &sql);
    Result<PgResult> receive();

    QString quoteIdentifier(const QString &name) const;
    QString quoteLiteral(const QString &value) const;
    /// The SCRAM-SHA-256 verifier for `password`, computed here so the server never sees it.
    Result<QString> scramVerifier(const QString &user, const QString &password) const;

    QString userName() const;
    /// The connection to the server is lost (it went away, or the network did).
    bool isBroken() const;

    /// The connection's socket, to wait on for notifications (LISTEN).
    int socket() const;
    /// Reads what arrived on the socket and returns how many notifications came with it;
    /// ServerUnavailable when the connection is gone.
    Result<int> takeNotifications();

private:
    explicit PgConnection(pg_conn *conn)
        : m_conn(conn)
    {
    }
    Error lastError(ErrorCode code) const;

    pg_conn *m_conn;
};

} // namespace cc::server
