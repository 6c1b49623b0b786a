// SPDX-License-Identifier: GPL-3.0-or-later
#include "DunningCommand.h"

#include "CliWorkspace.h"
#include "SendOutbox.h"
#include "common/SystemClock.h"
#include "services/DunningRun.h"
#include "services/NoJobControl.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace cc::cli {
int runDunningCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "run: proposes one notice per customer whose invoices reached their next level and, unless --dry-run, "
        "sends them.\nstrategy: prints the levels as JSON; --set FILE replaces them."));
    parser.addHelpOption();
    CliWorkspace::addOptions(parser);
    parser.addOption(
        { QStringLiteral("date"), QStringLiteral("The run's day (default: today)."), QStringLiteral("YYYY-MM-DD") });
    parser.addOption(
        { QStringLiteral("dry-run"), QStringLiteral("Print what would be sent; send and record nothing.") });
    parser.addOption(
        { QStringLiteral("set"), QStringLiteral("The strategy to save, as JSON."), QStringLiteral("FILE") });
    addSecretFileOptions(parser);
    parser.addOption({ QStringLiteral("timing"), QStringLiteral("Print the elapsed time to stderr.") });
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("run or strategy"));
    parser.process(arguments);
    const QString action = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1
        || (action != QLatin1String("run") && action != QLatin1String("strategy"))) {
        printError(QStringLiteral("give run or strategy"));
        return 2;
    }
    const std::optional<QDate> dayOption = dateOption(parser, QStringLiteral("date"));
    if (!dayOption)
        return 2;
    const QDate day = *dayOption;

    CliWorkspace opener;
    auto workspace = opener.open(parser, false);
    if (!workspace)
        return 1;
    storage::SqlDatabase &db = workspace->database();
    SystemClock clock;
    services::DunningRun run(db, clock, qEnvironmentVariable("USER"));
    if (action == QLatin1String("strategy")) {
        if (parser.isSet(QStringLiteral("set"))) {
            QFile file(parser.value(QStringLiteral("set")));
            if (!file.open(QIODevice::ReadOnly)) {
                printError(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
                return 1;
            }
            auto strategy = collections::DunningStrategy::fromJson(QJsonDocument::fromJson(file.readAll()).object());
            if (!strategy) {
                printError(QStringLiteral("%1: %2").arg(file.fileName(), strategy.error().detail));
                return 2;
            }
            if (auto saved = run.saveStrategy(*strategy); !saved) {
                printError(describe(saved.error()));
                return 1;
            }
        }
        auto strategy = run.strategy();
        if (!strategy) {
            printError(describe(strategy.error()));
            return 1;
        }
        QTextStream(stdout) << QJsonDocument(strategy->toJson()).toJson(QJsonDocument::Indented);
        return 0;
    }

    QElapsedTimer timer;
    timer.start();
    services::NoJobControl control;
    auto proposals = run.propose(day, control);
    if (!proposals) {
        printError(describe(proposals.error()));
        return 1;
    }
    QTextStream out(stdout);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    out << "customer_id,level,channel,amount,currency,fee,invoices,left_out" << Qt::endl;
    for (const collections::DunningProposal &p : std::as_const(*proposals)) {
        out << p.customerId << ",\"" << p.levelName << "\"," << p.channel << ',' << p.amount.toDecimalString() << ','
            << p.amount.currency().code() << ',' << p.fee.toDecimalString() << ','
            << p.invoiceNumbers.join(QLatin1Char(' ')) << ',' << p.excludedInvoices.join(QLatin1Char(' ')) << Qt::endl;
    }
    out << (dryRun ? "would_send=" : "proposed=") << proposals->size() << Qt::endl;
    if (parser.isSet(QStringLiteral("timing")))
        QTextStream(stderr) << "elapsed_ms=" << timer.elapsed() << Qt::endl;
    if (dryRun)
        return 0;
    auto outcomes = run.approve(*proposals, day);
    if (!outcomes) {
        printError(describe(outcomes.error()));
        return 1;
    }
    int problems = 0;
    for (const services::DunningRun::Outcome &outcome : std::as_const(*outcomes)) {
        if (!outcome.error.isEmpty()) {
            printError(QStringLiteral("%1: %2").arg(outcome.customerId, outcome.error));
            ++problems;
        }
    }
    out << "queued=" << outcomes->size() - problems << Qt::endl;
    const int sent = sendOutbox(parser, db, clock);
    return problems > 0 ? 1 : sent;
}

} // namespace cc::cli
