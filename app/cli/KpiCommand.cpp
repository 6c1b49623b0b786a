// SPDX-License-Identifier: GPL-3.0-or-later
#include "KpiCommand.h"

#include "CliWorkspace.h"
#include "KpiJson.h"
#include "analytics/Kpis.h"
#include "storage/KpiQuery.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace cc::cli {
namespace {

QString text(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 2) : QString();
}

} // namespace

int runKpiCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Receivables KPIs per currency over the months ending on --as-of: dso (standard), countback_dso, bpdso "
        "(best possible), add (average days delinquent), cei (collection effectiveness index) and pct_current. "
        "Definitions in the README."));
    parser.addHelpOption();
    CliWorkspace::addOptions(parser);
    parser.addOption({ QStringLiteral("as-of"), QStringLiteral("The period's last day (default today)."),
        QStringLiteral("YYYY-MM-DD") });
    parser.addOption({ QStringLiteral("months"), QStringLiteral("The period's length in months (default 3)."),
        QStringLiteral("N"), QStringLiteral("3") });
    parser.addOption({ QStringLiteral("format"), QStringLiteral("json or csv (default json)."),
        QStringLiteral("FORMAT"), QStringLiteral("json") });
    parser.addOption({ QStringLiteral("base"),
        QStringLiteral("All currencies together in this one, at the rates on --as-of (cashcycle-cli fx import)."),
        QStringLiteral("CURRENCY") });
    parser.addOption({ QStringLiteral("timing"), QStringLiteral("Print the elapsed time to stderr.") });
    parser.process(arguments);

    const std::optional<QDate> asOf = dateOption(parser, QStringLiteral("as-of"));
    if (!asOf)
        return 2;
    const std::optional<int> months = wholeNumberOption(parser, QStringLiteral("months"), 1, 120);
    if (!months)
        return 2;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("csv")) {
        printError(QStringLiteral("--format must be json or csv"));
        return 2;
    }

    CliWorkspace opener;
    auto workspace = opener.open(parser, false);
    if (!workspace)
        return 1;
    QElapsedTimer timer;
    timer.start();
    storage::KpiQuery query(workspace->database());
    Result<QMap<QString, analytics::KpiPeriod>> periods = query.periods(*asOf, *months);
    if (parser.isSet(QStringLiteral("base"))) {
        auto base = Currency::fromCode(parser.value(QStringLiteral("base")).toUpper());
        if (!base) {
            printError(QStringLiteral("--base: %1").arg(base.error().detail));
            return 2;
        }
        auto total = query.periodInBase(*asOf, *months, *base);
        periods = total ? Result<QMap<QString, analytics::KpiPeriod>>(
                      QMap<QString, analytics::KpiPeriod> { { base->code(), *total } })
                        : Result<QMap<QString, analytics::KpiPeriod>>(total.error());
    }
    if (!periods) {
        printError(describe(periods.error()));
        return 1;
    }
    QJsonObject byCurrency;
    QList<QStringList> records;
    for (auto it = periods->cbegin(); it != periods->cend(); ++it) {
        const analytics::Kpis kpis = analytics::Kpis::of(*it);
        byCurrency.insert(it.key(), kpiJson(kpis));
        records.append({ it.key(), text(kpis.dso), text(kpis.countBackDso), text(kpis.bestPossibleDso),
            text(kpis.averageDaysDelinquent), text(kpis.cei), text(kpis.percentCurrent) });
    }
    if (parser.isSet(QStringLiteral("timing")))
        QTextStream(stderr) << "elapsed_ms=" << timer.elapsed() << Qt::endl;
    if (format == QLatin1String("json")) {
        QTextStream(stdout) << QJsonDocument(byCurrency).toJson(QJsonDocument::Indented);
        return 0;
    }
    printRecords(
        { QStringLiteral("currency"), QStringLiteral("dso"), QStringLiteral("countback_dso"), QStringLiteral("bpdso"),
            QStringLiteral("add"), QStringLiteral("cei"), QStringLiteral("pct_current") },
        records, false);
    return 0;
}

} // namespace cc::cli
