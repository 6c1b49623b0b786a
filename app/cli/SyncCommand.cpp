// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncCommand.h"

#include "CliWorkspace.h"
#include "common/SystemClock.h"
#include "server/PgConnection.h"
#include "services/NoJobControl.h"
#include "sync/SyncRound.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace cc::cli {
int runSyncCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("One full sync with the shared server: local changes go up, what changed there comes down. "
                       "Creates the workspace on a desktop that has none yet."));
    parser.addHelpOption();
    CliWorkspace::addOptions(parser);
    parser.addOption({ QStringLiteral("server"),
        QStringLiteral("libpq connection URI of the server; without a password, the keychain's is used."),
        QStringLiteral("URL") });
    parser.process(arguments);
    if (!parser.isSet(QStringLiteral("server"))) {
        printError(QStringLiteral("--server URL is required (postgresql://user@host:port/database?sslmode=...)"));
        return 2;
    }
    auto conn = server::PgConnection::open(withKeychainPassword(parser.value(QStringLiteral("server"))));
    if (!conn) {
        printError(describe(conn.error()));
        return 1;
    }
    CliWorkspace opener;
    auto workspace = opener.open(parser, true);
    if (!workspace)
        return 1;
    services::NoJobControl control;
    SystemClock clock;
    auto report = sync::SyncRound(**conn, workspace->database(), clock).run(control);
    if (!report) {
        printError(describe(report.error()));
        opener.abandon(std::move(workspace));
        return 1;
    }
    QTextStream out(stdout);
    out << "Pushed " << report->pushed.applied << " changes (" << report->pushed.conflicts << " conflicts); pulled "
        << report->pulled.customers << " customers, " << report->pulled.invoices << " documents, "
        << report->pulled.payments << " payments and " << report->pulled.allocations << " allocations; removed "
        << report->pulled.removed << "." << Qt::endl;
    if (report->conflicts > 0)
        out << report->conflicts << " conflicts wait for a decision in the Conflicts view." << Qt::endl;
    return 0;
}

} // namespace cc::cli
