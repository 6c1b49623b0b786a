// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementCommand.h"

#include "CliWorkspace.h"
#include "documents/PdfFiles.h"
#include "documents/StatementDocument.h"
#include "services/NoJobControl.h"

#include <QElapsedTimer>
#include <QTextStream>

namespace cc::cli {

int runStatementCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a customer's statement of account as PDF (CUSTOMER --out FILE), or one for every customer with "
        "open items in a segment (--out-dir DIR [--segment S])."));
    parser.addHelpOption();
    CliWorkspace::addOptions(parser);
    parser.addOption({ QStringLiteral("out"), QStringLiteral("The PDF to write."), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("out-dir"), QStringLiteral("The folder for a batch."), QStringLiteral("DIR") });
    parser.addOption(
        { QStringLiteral("segment"), QStringLiteral("Only customers of this segment."), QStringLiteral("S") });
    parser.addOption(
        { QStringLiteral("as-of"), QStringLiteral("Statement date (default: today)."), QStringLiteral("YYYY-MM-DD") });
    parser.addOption({ QStringLiteral("timing"), QStringLiteral("Print the elapsed time to stderr.") });
    parser.addPositionalArgument(QStringLiteral("customer"), QStringLiteral("The customer, for one statement."));
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    const bool batch = parser.isSet(QStringLiteral("out-dir"));
    if (batch == (positional.size() == 1) || (!batch && !parser.isSet(QStringLiteral("out")))) {
        printError(QStringLiteral("give CUSTOMER --out FILE, or --out-dir DIR for a batch"));
        return 2;
    }
    const std::optional<QDate> asOfOption = dateOption(parser, QStringLiteral("as-of"));
    if (!asOfOption)
        return 2;
    const QDate asOf = *asOfOption;

    CliWorkspace opener;
    auto workspace = opener.open(parser, false);
    if (!workspace)
        return 1;
    QElapsedTimer timer;
    timer.start();
    if (batch) {
        services::NoJobControl control;
        auto written = documents::StatementDocument::renderBatch(workspace->database(),
            parser.value(QStringLiteral("segment")), asOf, parser.value(QStringLiteral("out-dir")), control);
        if (!written) {
            printError(describe(written.error()));
            return 1;
        }
        QTextStream(stdout) << "statements=" << *written << Qt::endl;
        if (parser.isSet(QStringLiteral("timing")))
            QTextStream(stderr) << "elapsed_ms=" << timer.elapsed()
                                << " per_statement_ms=" << (*written ? double(timer.elapsed()) / *written : 0.0)
                                << Qt::endl;
        return 0;
    }
    auto pdf = documents::StatementDocument::render(workspace->database(), positional[0], asOf);
    if (!pdf) {
        printError(describe(pdf.error()));
        return 1;
    }
    if (auto saved = documents::PdfFiles::write(parser.value(QStringLiteral("out")), *pdf); !saved) {
        printError(describe(saved.error()));
        return 1;
    }
    if (parser.isSet(QStringLiteral("timing")))
        QTextStream(stderr) << "elapsed_ms=" << timer.elapsed() << Qt::endl;
    return 0;
}

} // namespace cc::cli
