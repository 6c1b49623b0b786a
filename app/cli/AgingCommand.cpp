// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgingCommand.h"

#include "CliWorkspace.h"
#include "services/AgingFormatter.h"
#include "storage/AgingQuery.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

namespace cc::cli {

int runAgingCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Prints receivables aged by days past due."));
    parser.addHelpOption();
    CliWorkspace::addOptions(parser);
    parser.addOption(
        { QStringLiteral("as-of"), QStringLiteral("Aging date (default: today)."), QStringLiteral("YYYY-MM-DD") });
    parser.addOption({ QStringLiteral("format"), QStringLiteral("table, csv or json (default table)."),
        QStringLiteral("FORMAT"), QStringLiteral("table") });
    parser.addOption({ QStringLiteral("buckets"), QStringLiteral("Bucket bounds in days (default 30,60,90,120)."),
        QStringLiteral("LIST") });
    parser.addOption({ QStringLiteral("timing"), QStringLiteral("Print the elapsed time to stderr.") });
    parser.process(arguments);

    QElapsedTimer timer;
    timer.start();
    const std::optional<QDate> asOfOption = dateOption(parser, QStringLiteral("as-of"));
    if (!asOfOption)
        return 2;
    const QDate asOf = *asOfOption;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json")) {
        printError(QStringLiteral("--format must be table, csv or json"));
        return 2;
    }
    AgingBuckets buckets;
    if (parser.isSet(QStringLiteral("buckets"))) {
        auto parsed = AgingBuckets::parse(parser.value(QStringLiteral("buckets")));
        if (!parsed) {
            printError(parsed.error().detail);
            return 2;
        }
        buckets = *parsed;
    }

    CliWorkspace opener;
    auto workspace = opener.open(parser, false);
    if (!workspace)
        return 1;
    auto report = storage::AgingQuery(workspace->database()).run(asOf, buckets);
    if (!report) {
        printError(describe(report.error()));
        return 1;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    if (format == QLatin1String("json"))
        out.write(services::AgingFormatter::toJson(*report));
    else if (format == QLatin1String("csv"))
        out.write(services::AgingFormatter::toCsv(*report));
    else
        out.write(services::AgingFormatter::toTable(*report));
    out.flush();
    if (parser.isSet(QStringLiteral("timing")))
        QTextStream(stderr) << "elapsed_ms=" << timer.elapsed() << Qt::endl;
    return 0;
}

} // namespace cc::cli
