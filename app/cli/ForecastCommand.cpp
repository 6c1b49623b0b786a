// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForecastCommand.h"

#include "CliWorkspace.h"
#include "forecast/Backtest.h"

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

} // namespace

int runForecastCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "backtest --cutoff YYYY-MM-DD: learns payment behaviour only from invoices settled on or before the "
        "cutoff, predicts when each invoice open at its end was paid, and prints as JSON the mean absolute error "
        "in days and the share within 7 days, beside the same for the naive baseline (the due date, or the day "
        "after the cutoff when already overdue)."));
    parser.addHelpOption();
    CliWorkspace::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("backtest"));
    parser.addOption({ QStringLiteral("cutoff"), QStringLiteral("The last day known."), QStringLiteral("YYYY-MM-DD") });
    parser.process(arguments);

    if (parser.positionalArguments() != QStringList { QStringLiteral("backtest") }) {
        printError(QStringLiteral("give backtest --cutoff YYYY-MM-DD"));
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
