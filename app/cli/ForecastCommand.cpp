// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForecastCommand.h"

#include "CliWorkspace.h"
#include "forecast/Backtest.h"
#include "forecast/CashForecasting.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

namespace cc::cli {
namespace {

double rounded(double value, int digits)
{
    const double scale = std::pow(10.0, digits);
    return std::round(value * scale) / scale;
}

int weeklyForecast(const QCommandLineParser &parser)
{
    const std::optional<QDate> from = dateOption(parser, QStringLiteral("from"));
    if (!from)
        return 2;
    const std::optional<int> weeks = wholeNumberOption(parser, QStringLiteral("weeks"), 1, 104);
    if (!weeks)
        return 2;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        printError(QStringLiteral("--format must be csv or json"));
        return 2;
    }
    CliWorkspace opener;
    auto workspace = opener.open(parser, false);
    if (!workspace)
        return 1;
    auto forecast = forecast::CashForecasting(workspace->database()).weekly(*from, *weeks);
    if (!forecast) {
        printError(describe(forecast.error()));
        return 1;
    }
    QList<QStringList> records;
    for (auto it = forecast->cbegin(); it != forecast->cend(); ++it) {
        for (const forecast::ForecastWeek &week : it.value())
            records.append({ week.start.toString(Qt::ISODate), week.end.toString(Qt::ISODate), it.key(),
                week.expected.toDecimalString(), week.low.toDecimalString(), week.high.toDecimalString() });
    }
    printRecords({ QStringLiteral("week_start"), QStringLiteral("week_end"), QStringLiteral("currency"),
                     QStringLiteral("expected"), QStringLiteral("low"), QStringLiteral("high") },
        records, format == QLatin1String("json"));
    return 0;
}

} // namespace

int runForecastCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "[--from YYYY-MM-DD] [--weeks 13] [--format csv|json]: the cash expected in per week and currency from "
        "what is open at the end of the day before --from (default today), with an 80 % band.\n"
        "backtest --cutoff YYYY-MM-DD: learns payment behaviour only from invoices settled on or before the "
        "cutoff, predicts when each invoice open at its end was paid, and prints as JSON the mean absolute error "
        "in days and the share within 7 days, beside the same for the naive baseline (the due date, or the day "
        "after the cutoff when already overdue)."));
    parser.addHelpOption();
    CliWorkspace::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("backtest, or nothing for the forecast"));
    parser.addOption({ QStringLiteral("cutoff"), QStringLiteral("The last day known."), QStringLiteral("YYYY-MM-DD") });
    parser.addOption({ QStringLiteral("from"), QStringLiteral("The forecast's first day (default today)."),
        QStringLiteral("YYYY-MM-DD") });
    parser.addOption({ QStringLiteral("weeks"), QStringLiteral("How many weeks (default 13)."), QStringLiteral("N"),
        QStringLiteral("13") });
    parser.addOption({ QStringLiteral("format"), QStringLiteral("csv or json (default csv)."), QStringLiteral("FORMAT"),
        QStringLiteral("csv") });
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return weeklyForecast(parser);
    if (positional != QStringList { QStringLiteral("backtest") }) {
        printError(QStringLiteral("give backtest --cutoff YYYY-MM-DD, or no action for the forecast"));
        return 2;
    }
    if (!parser.isSet(QStringLiteral("cutoff"))) {
        printError(QStringLiteral("give --cutoff YYYY-MM-DD"));
        return 2;
    }
    const std::optional<QDate> cutoff = dateOption(parser, QStringLiteral("cutoff"));
    if (!cutoff)
        return 2;

    CliWorkspace opener;
    auto workspace = opener.open(parser, false);
    if (!workspace)
        return 1;
    auto result = forecast::Backtest(workspace->database()).run(*cutoff);
    if (!result) {
        printError(describe(result.error()));
        return 1;
    }
    const QJsonObject json { { QStringLiteral("cutoff"), cutoff->toString(Qt::ISODate) },
        { QStringLiteral("invoices"), result->invoices },
        { QStringLiteral("mae_days"), rounded(result->meanAbsoluteErrorDays, 2) },
        { QStringLiteral("within_7_days"), rounded(result->withinSevenDays, 4) },
        { QStringLiteral("baseline_mae_days"), rounded(result->baselineMeanAbsoluteErrorDays, 2) },
        { QStringLiteral("baseline_within_7_days"), rounded(result->baselineWithinSevenDays, 4) } };
    QTextStream(stdout) << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace cc::cli
