// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncCommand.h"

#include "CliWorkspace.h"
#include "server/PgConnection.h"
#include "services/NoJobControl.h"
#include "sync/PullSync.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace cc::cli {

int runSyncCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Brings the workspace up to date with the shared server (what changed there since the last sync)."));
    parser.addHelpOption();
    CliWorkspace::addOptions(parser);
    parser.addOption(
        { QStringLiteral("server"), QStringLiteral("libpq connection URI of the server."), QStringLiteral("URL") });
    parser.process(arguments);
    if (!parser.isSet(QStringLiteral("server"))) {
        printError(QStringLiteral("--server URL is required (postgresql://user@host:port/database?sslmode=...)"));
        return 2;
    }
    auto conn = server::PgConnection::open(parser.value(QStringLiteral("server")));
    if (!conn) {
        printError(describe(conn.error()));
        return 1;
    }
    CliWorkspace opener;
    auto workspace = opener.open(parser, true);
    if (!workspace)
        return 1;
    services::NoJobControl control;
    auto report = sync::PullSync(**conn, workspace->database()).run(control);
    if (!report) {
        printError(describe(report.error()));
        opener.abandon(std::move(workspace));
        return 1;
    }
    QTextStream(stdout) << "Pulled " << report->customers << " customers, " << report->invoices << " documents, "
                        << report->payments << " payments and " << report->allocations << " allocations." << Qt::endl;
    return 0;
}

} // namespace cc::cli
