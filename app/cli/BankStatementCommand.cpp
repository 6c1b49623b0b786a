// SPDX-License-Identifier: GPL-3.0-or-later
#include "BankStatementCommand.h"

#include "CliWorkspace.h"
#include "common/SystemClock.h"
#include "services/StatementImport.h"

#include <QElapsedTimer>
#include <QTextStream>

namespace cc::cli {

int runBankStatementCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "import FILE: imports a bank statement file (every statement in it, all or nothing). Lines imported "
        "before are skipped; a statement whose opening balance and entries do not make its closing balance is "
        "imported and reported on stderr."));
    parser.addHelpOption();
    CliWorkspace::addOptions(parser);
    parser.addOption({ QStringLiteral("format"),
        QStringLiteral("%1 (default auto).").arg(services::StatementImport::formats().join(QLatin1Char('|'))),
        QStringLiteral("FORMAT"), QStringLiteral("auto") });
    parser.addOption({ QStringLiteral("timing"), QStringLiteral("Print the elapsed time to stderr.") });
    parser.addPositionalArgument(QStringLiteral("import"), QStringLiteral("The action."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The bank file."));
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.first() != QLatin1String("import")) {
        printError(QStringLiteral("give: statement import FILE"));
        return 2;
    }

    CliWorkspace opener;
    auto workspace = opener.open(parser, false);
    if (!workspace)
        return 1;
    QElapsedTimer timer;
    timer.start();
    SystemClock clock;
    auto report = services::StatementImport(workspace->database(), clock)
                      .fromFile(positional.at(1), parser.value(QStringLiteral("format")));
    if (!report) {
        printError(describe(report.error()));
        return 1;
    }
    if (parser.isSet(QStringLiteral("timing")))
        QTextStream(stderr) << "elapsed_ms=" << timer.elapsed() << Qt::endl;
    for (const QString &problem : std::as_const(report->unbalanced))
        QTextStream(stderr) << "cashcycle-cli: unbalanced " << problem << Qt::endl;
    for (const QString &problem : std::as_const(report->problems))
        QTextStream(stderr) << "cashcycle-cli: " << problem << Qt::endl;
    QTextStream(stdout) << "format=" << report->format << " statements=" << report->statements
                        << " new_statements=" << report->newStatements << " lines_added=" << report->linesAdded
                        << " duplicates=" << report->duplicates << " unbalanced=" << report->unbalanced.size()
                        << " problems=" << report->problems.size() << Qt::endl;
    return 0;
}

} // namespace cc::cli
