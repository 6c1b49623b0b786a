// SPDX-License-Identifier: GPL-3.0-or-later
#include "FxCommand.h"

#include "CliWorkspace.h"
#include "services/FxRateImport.h"
#include "storage/FxRateRepository.h"

#include <QTextStream>

namespace cc::cli {

int runFxCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Exchange rates.\n"
        "import FILE: a CSV of date,base,quote,rate (2026-11-24,EUR,USD,1.0834), all rows or none.\n"
        "rate FROM TO [--date YYYY-MM-DD]: how many TO one FROM buys on the day (the latest rate on or before it)."));
    parser.addHelpOption();
    CliWorkspace::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("import or rate"));
    parser.addOption(
        { QStringLiteral("date"), QStringLiteral("The day (default today)."), QStringLiteral("YYYY-MM-DD") });
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (!((action == QLatin1String("import") && positional.size() == 2)
            || (action == QLatin1String("rate") && positional.size() == 3))) {
        printError(QStringLiteral("give import FILE or rate FROM TO"));
        return 2;
    }
    CliWorkspace opener;
    auto workspace = opener.open(parser, false);
    if (!workspace)
        return 1;
    QTextStream out(stdout);
    if (action == QLatin1String("import")) {
        auto imported = services::FxRateImport::fromCsv(workspace->database(), positional.at(1));
        if (!imported) {
            printError(QStringLiteral("%1: %2").arg(positional.at(1), imported.error().detail));
            return 1;
        }
        out << *imported << " rates imported" << Qt::endl;
        return 0;
    }
    const std::optional<QDate> day = dateOption(parser, QStringLiteral("date"));
    if (!day)
        return 2;
    auto from = Currency::fromCode(positional.at(1).toUpper());
    auto to = Currency::fromCode(positional.at(2).toUpper());
    if (!from || !to) {
        printError(!from ? from.error().detail : to.error().detail);
        return 2;
    }
    auto rate = storage::FxRateRepository(workspace->database()).rateOn(*from, *to, *day);
    if (!rate) {
        printError(describe(rate.error()));
        return 1;
    }
    if (!*rate) {
        printError(QStringLiteral("there is no %1/%2 rate on or before %3")
                       .arg(from->code(), to->code(), day->toString(Qt::ISODate)));
        return 1;
    }
    out << (*rate)->toDecimalString() << " (" << (*rate)->date().toString(Qt::ISODate) << ")" << Qt::endl;
    return 0;
}

} // namespace cc::cli
