// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCommand.h"

#include "CliWorkspace.h"
#include "common/SystemClock.h"
#include "services/DemoGenerator.h"
#include "services/NoJobControl.h"

#include <QElapsedTimer>
#include <QTextStream>

namespace cc::cli {

int runDemoCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Creates a workspace full of realistic demo receivables."));
    parser.addHelpOption();
    CliWorkspace::addOptions(parser);
    parser.addOption({ QStringLiteral("invoices"), QStringLiteral("Number of invoices (default 2000)."),
        QStringLiteral("N"), QStringLiteral("2000") });
    parser.addOption({ QStringLiteral("customers"), QStringLiteral("Number of customers (default: invoices / 25)."),
        QStringLiteral("C") });
    parser.addOption({ QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("S"),
        QStringLiteral("1") });
    parser.addOption({ QStringLiteral("today"), QStringLiteral("Last day of the history (default: today)."),
        QStringLiteral("YYYY-MM-DD") });
    parser.addOption({ QStringLiteral("timing"), QStringLiteral("Print the elapsed time to stderr.") });
    parser.process(arguments);

    services::DemoOptions options;
    options.today = SystemClock().today();
    bool ok = true;
    options.invoices = parser.value(QStringLiteral("invoices")).toLongLong(&ok);
    if (!ok || options.invoices < 1) {
        printError(QStringLiteral("--invoices must be a positive number"));
        return 2;
    }
    if (parser.isSet(QStringLiteral("customers"))) {
        options.customers = parser.value(QStringLiteral("customers")).toInt(&ok);
        if (!ok || options.customers < 1) {
            printError(QStringLiteral("--customers must be a positive number"));
            return 2;
        }
    }
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        printError(QStringLiteral("--seed must be a non-negative number"));
        return 2;
    }
    if (parser.isSet(QStringLiteral("today"))) {
        options.today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!options.today.isValid()) {
            printError(QStringLiteral("--today must be a date like 2026-11-23"));
            return 2;
        }
    }

    QElapsedTimer timer;
    timer.start();
    CliWorkspace opener;
    auto workspace = opener.open(parser, true);
    if (!workspace)
        return 1;
    services::NoJobControl control;
    if (auto status = services::DemoGenerator::generate(*workspace, options, control); !status) {
        printError(describe(status.error()));
        opener.abandon(std::move(workspace));
        return 1;
    }
    QTextStream(stdout) << "Demo workspace ready in " << workspace->directory() << Qt::endl;
    if (parser.isSet(QStringLiteral("timing")))
        QTextStream(stderr) << "elapsed_ms=" << timer.elapsed() << Qt::endl;
    return 0;
}

} // namespace cc::cli
