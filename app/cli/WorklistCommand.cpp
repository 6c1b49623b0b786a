// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorklistCommand.h"

#include "CliWorkspace.h"
#include "common/SystemClock.h"
#include "services/Worklist.h"
#include "services/WorklistFormatter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace cc::cli {

int runWorklistCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints a collector's worklist for a day: accounts ranked by the team's strategy, with the reasons."));
    parser.addHelpOption();
    CliWorkspace::addOptions(parser);
    parser.addOption({ QStringLiteral("collector"), QStringLiteral("Whose portfolio."), QStringLiteral("NAME") });
    parser.addOption(
        { QStringLiteral("date"), QStringLiteral("The day (default: today)."), QStringLiteral("YYYY-MM-DD") });
    parser.addOption({ QStringLiteral("format"), QStringLiteral("csv or json (default csv)."), QStringLiteral("FORMAT"),
        QStringLiteral("csv") });
    parser.addOption({ QStringLiteral("strategy"),
        QStringLiteral("A strategy as JSON, instead of the one saved in the workspace; with --save, saved."),
        QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("save"), QStringLiteral("Save the --strategy in the workspace for everyone.") });
    parser.addOption({ QStringLiteral("timing"), QStringLiteral("Print the elapsed time to stderr.") });
    parser.process(arguments);

    QElapsedTimer timer;
    timer.start();
    const QString collector = parser.value(QStringLiteral("collector"));
    if (collector.isEmpty()) {
        printError(QStringLiteral("--collector is required"));
        return 2;
    }
    const std::optional<QDate> dayOption = dateOption(parser, QStringLiteral("date"));
    if (!dayOption)
        return 2;
    const QDate day = *dayOption;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        printError(QStringLiteral("--format must be csv or json"));
        return 2;
    }
    std::optional<collections::WorklistStrategy> strategy;
    if (parser.isSet(QStringLiteral("strategy"))) {
        QFile file(parser.value(QStringLiteral("strategy")));
        if (!file.open(QIODevice::ReadOnly)) {
            printError(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return 1;
        }
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
        if (!json.isObject()) {
            printError(QStringLiteral("%1 is not a JSON object: %2").arg(file.fileName(), error.errorString()));
            return 1;
        }
        auto parsed = collections::WorklistStrategy::fromJson(json.object());
        if (!parsed) {
            printError(QStringLiteral("%1: %2").arg(file.fileName(), parsed.error().detail));
            return 1;
        }
        strategy = *parsed;
    }

    CliWorkspace opener;
    auto workspace = opener.open(parser, false);
    if (!workspace)
        return 1;
    SystemClock clock;
    services::Worklist worklist(workspace->database(), clock);
    if (strategy && parser.isSet(QStringLiteral("save"))) {
        if (auto saved = worklist.saveStrategy(*strategy); !saved) {
            printError(describe(saved.error()));
            return 1;
        }
    }
    auto entries = strategy ? worklist.build(collector, day, *strategy) : worklist.build(collector, day);
    if (!entries) {
        printError(describe(entries.error()));
        return 1;
    }
    const services::WorklistText text;
    const services::WorklistFormatter formatter(text);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    out.write(format == QLatin1String("json") ? formatter.toJson(*entries) : formatter.toCsv(*entries));
    out.flush();
    if (parser.isSet(QStringLiteral("timing")))
        QTextStream(stderr) << "elapsed_ms=" << timer.elapsed() << Qt::endl;
    return 0;
}

} // namespace cc::cli
