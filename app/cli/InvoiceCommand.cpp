// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoiceCommand.h"

#include "CliWorkspace.h"
#include "common/SystemClock.h"
#include "documents/InvoiceDocument.h"
#include "documents/PdfFiles.h"
#include "domain/NumberingPattern.h"
#include "server/PgConnection.h"
#include "services/InvoiceDrafts.h"
#include "services/InvoiceIssuing.h"
#include "services/NoJobControl.h"
#include "storage/InvoiceRepository.h"
#include "storage/NumberingCounters.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace cc::cli {
namespace {

InvoiceFilter filterFrom(const QCommandLineParser &parser)
{
    InvoiceFilter filter;
    filter.customerId = parser.value(QStringLiteral("customer"));
    const QString state = parser.value(QStringLiteral("state"));
    filter.state = state == QLatin1String("open") ? InvoiceFilter::State::Open
        : state == QLatin1String("settled")       ? InvoiceFilter::State::Settled
                                                  : InvoiceFilter::State::All;
    return filter;
}

int printList(storage::SqlDatabase &db, const QCommandLineParser &parser)
{
    const InvoiceFilter filter = filterFrom(parser);
    const bool json = parser.value(QStringLiteral("format")) == QLatin1String("json");
    auto listed = storage::InvoiceRepository(db).listAll(filter);
    if (!listed) {
        printError(describe(listed.error()));
        return 1;
    }
    QTextStream out(stdout);
    QJsonArray rows;
    if (!json)
        out << "number,customer_id,customer,kind,status,invoice_date,due_date,currency,total,open\r\n";
    for (const InvoiceSummary &s : std::as_const(*listed)) {
        const QString kind
            = s.kind == DocumentKind::CreditNote ? QStringLiteral("credit_note") : QStringLiteral("invoice");
        if (json) {
            rows.append(QJsonObject { { QStringLiteral("number"), s.number },
                { QStringLiteral("customer_id"), s.customerId }, { QStringLiteral("customer"), s.customerName },
                { QStringLiteral("kind"), kind }, { QStringLiteral("status"), toString(s.status) },
                { QStringLiteral("invoice_date"), s.invoiceDate.toString(Qt::ISODate) },
                { QStringLiteral("due_date"), s.dueDate.toString(Qt::ISODate) },
                { QStringLiteral("currency"), s.total.currency().code() },
                { QStringLiteral("total"), s.total.toDecimalString() },
                { QStringLiteral("open"), s.open.toDecimalString() } });
        } else {
            out << QStringList { csvField(s.number), csvField(s.customerId), csvField(s.customerName), kind,
                toString(s.status), s.invoiceDate.toString(Qt::ISODate), s.dueDate.toString(Qt::ISODate),
                s.total.currency().code(), s.total.toDecimalString(), s.open.toDecimalString() }
                       .join(QLatin1Char(','))
                << "\r\n";
        }
    }
    if (json)
        out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    return 0;
}

/// One document to --out FILE, or every listed one (--state, --customer) into --out-dir DIR.
int writePdfs(storage::SqlDatabase &db, const QCommandLineParser &parser, const QStringList &positional)
{
    QElapsedTimer timer;
    timer.start();
    const auto reportTime = [&](int documents) {
        if (parser.isSet(QStringLiteral("timing")))
            QTextStream(stderr) << "elapsed_ms=" << timer.elapsed()
                                << " per_document_ms=" << (documents ? double(timer.elapsed()) / documents : 0.0)
                                << Qt::endl;
    };
    if (positional.size() == 2) {
        auto pdf = documents::InvoiceDocument::render(db, positional.at(1));
        if (!pdf) {
            printError(describe(pdf.error()));
            return 1;
        }
        if (auto saved = documents::PdfFiles::write(parser.value(QStringLiteral("out")), *pdf); !saved) {
            printError(describe(saved.error()));
            return 1;
        }
        reportTime(1);
        return 0;
    }
    auto numbers = storage::InvoiceRepository(db).numbers(filterFrom(parser));
    if (!numbers) {
        printError(describe(numbers.error()));
        return 1;
    }
    services::NoJobControl control;
    auto written
        = documents::InvoiceDocument::renderBatch(db, *numbers, parser.value(QStringLiteral("out-dir")), control);
    if (!written) {
        printError(describe(written.error()));
        return 1;
    }
    QTextStream(stdout) << "documents=" << *written << Qt::endl;
    reportTime(*written);
    return 0;
}

/// Lists the numbering series, or changes one (--set KEY=PATTERN): the server's with --server,
/// else the workspace's.
int numberingSeries(storage::SqlDatabase &db, const QCommandLineParser &parser)
{
    const QStringList known { services::InvoiceIssuing::seriesFor(DocumentKind::Invoice),
        services::InvoiceIssuing::seriesFor(DocumentKind::CreditNote) };
    // Checked before any connection: a wrong pattern needs no server to be refused.
    const bool change = parser.isSet(QStringLiteral("set"));
    const QString assignment = parser.value(QStringLiteral("set"));
    const QString key = assignment.section(QLatin1Char('='), 0, 0).trimmed();
    const QString pattern = assignment.section(QLatin1Char('='), 1).trimmed();
    if (change) {
        if (!known.contains(key)) {
            printError(QStringLiteral("--set KEY=PATTERN: KEY is %1").arg(known.join(QStringLiteral(" or "))));
            return 2;
        }
        if (auto parsed = NumberingPattern::parse(pattern); !parsed) {
            printError(parsed.error().detail);
            return 2;
        }
    }
    std::unique_ptr<server::PgConnection> server;
    if (parser.isSet(QStringLiteral("server"))) {
        auto connection = server::PgConnection::open(withKeychainPassword(parser.value(QStringLiteral("server"))));
        if (!connection) {
            printError(describe(connection.error()));
            return 1;
        }
        server = std::move(*connection);
    }
    if (change) {
        Status changed = success();
        if (server) {
            // Only admins may: the server refuses anyone else, naming the table.
            if (auto updated = server->exec(
                    QStringLiteral("UPDATE numbering_series SET pattern = $1 WHERE key = $2"), { pattern, key });
                !updated)
                changed = updated.error();
        } else {
            changed = storage::NumberingCounters(db).setPattern(key, pattern);
        }
        if (!changed) {
            printError(describe(changed.error()));
            return 1;
        }
    }
    QTextStream out(stdout);
    out << "series,pattern\r\n";
    if (server) {
        auto rows = server->exec(QStringLiteral("SELECT key, pattern FROM numbering_series ORDER BY key"));
        if (!rows) {
            printError(describe(rows.error()));
            return 1;
        }
        for (int row = 0; row < rows->rowCount(); ++row)
            out << rows->text(row, 0) << ',' << csvField(rows->text(row, 1)) << "\r\n";
        return 0;
    }
    auto all = storage::NumberingCounters(db).series();
    if (!all) {
        printError(describe(all.error()));
        return 1;
    }
    for (const auto &[key, pattern] : std::as_const(*all))
        out << key << ',' << csvField(pattern) << "\r\n";
    return 0;
}

int printDocument(const Result<Invoice> &document)
{
    if (!document) {
        printError(describe(document.error()));
        return 1;
    }
    QTextStream(stdout) << document->number << ' ' << toString(document->status) << ' '
                        << document->total.toDecimalString() << ' ' << document->total.currency().code() << '\n';
    return 0;
}

} // namespace

int runInvoiceCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Invoices and credit notes.\n"
        "list: the documents, newest first (--state open|settled|all, --customer ID, --format csv|json).\n"
        "draft --customer ID --line SPEC...: writes a draft (SPEC: ITEM|QUANTITY|UNIT PRICE|TAX %[|DISCOUNT "
        "%[|DESCRIPTION]]); --issue issues it at once.\n"
        "issue NUMBER: issues a draft (its number starts with draft:).\n"
        "credit NUMBER: a credit note for the whole invoice; --issue issues it at once.\n"
        "pdf NUMBER --out FILE: the document as the customer gets it; pdf --out-dir DIR: every listed one "
        "(--state, --customer).\n"
        "series [--set KEY=PATTERN]: the numbering series (invoice, credit_note), e.g. INV-{YYYY}-{N:5}.\n"
        "With --server URL, numbers come from the shared server; otherwise from this workspace."));
    parser.addHelpOption();
    CliWorkspace::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list, draft, issue, credit, pdf or series"));
    parser.addOption({ QStringLiteral("format"), QStringLiteral("csv or json (default csv)."), QStringLiteral("FORMAT"),
        QStringLiteral("csv") });
    parser.addOption({ QStringLiteral("state"), QStringLiteral("open, settled or all (default all)."),
        QStringLiteral("STATE"), QStringLiteral("all") });
    parser.addOption({ QStringLiteral("customer"), QStringLiteral("The customer."), QStringLiteral("ID") });
    parser.addOption(
        { QStringLiteral("line"), QStringLiteral("A line of the draft; repeat for more."), QStringLiteral("SPEC") });
    parser.addOption({ QStringLiteral("terms"), QStringLiteral("Payment terms (default: the customer's)."),
        QStringLiteral("CODE") });
    parser.addOption(
        { QStringLiteral("reference"), QStringLiteral("The customer's order number."), QStringLiteral("TEXT") });
    parser.addOption(
        { QStringLiteral("per-invoice-rounding"), QStringLiteral("Round tax once per rate, not per line.") });
    parser.addOption({ QStringLiteral("issue"), QStringLiteral("Issue the draft right away.") });
    parser.addOption({ QStringLiteral("server"), QStringLiteral("libpq URI of the shared server that numbers."),
        QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("out"), QStringLiteral("The PDF to write."), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("out-dir"), QStringLiteral("The folder for many PDFs."), QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("timing"), QStringLiteral("Print the elapsed time to stderr.") });
    parser.addOption({ QStringLiteral("set"), QStringLiteral("Change a numbering series' pattern."),
        QStringLiteral("KEY=PATTERN") });
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QStringList actions { QStringLiteral("list"), QStringLiteral("draft"), QStringLiteral("issue"),
        QStringLiteral("credit"), QStringLiteral("pdf"), QStringLiteral("series") };
    if (!actions.contains(action)) {
        printError(QStringLiteral("give list, draft, issue, credit, pdf or series"));
        return 2;
    }
    if (action == QLatin1String("pdf")
        && !(positional.size() == 2 ? parser.isSet(QStringLiteral("out"))
                                    : positional.size() == 1 && parser.isSet(QStringLiteral("out-dir")))) {
        printError(QStringLiteral("give pdf NUMBER --out FILE, or pdf --out-dir DIR"));
        return 2;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        printError(QStringLiteral("--format must be csv or json"));
        return 2;
    }
    if ((action == QLatin1String("issue") || action == QLatin1String("credit")) && positional.size() != 2) {
        printError(QStringLiteral("give the document's number"));
        return 2;
    }
    if (action == QLatin1String("draft") && !parser.isSet(QStringLiteral("customer"))) {
        printError(QStringLiteral("--customer is required"));
        return 2;
    }

    CliWorkspace opener;
    auto workspace = opener.open(parser, false);
    if (!workspace)
        return 1;
    storage::SqlDatabase &db = workspace->database();
    SystemClock clock;
    if (action == QLatin1String("list"))
        return printList(db, parser);
    if (action == QLatin1String("pdf"))
        return writePdfs(db, parser, positional);
    if (action == QLatin1String("series"))
        return numberingSeries(db, parser);

    services::InvoiceDrafts drafts(db, clock);
    if (action == QLatin1String("issue")) {
        auto found = storage::InvoiceRepository(db).findByNumber(positional.at(1));
        if (!found || !*found) {
            printError(
                found ? QStringLiteral("there is no document %1").arg(positional.at(1)) : describe(found.error()));
            return 1;
        }
        return printDocument(issueDraft(db, clock, parser, (*found)->id));
    }

    auto draft = action == QLatin1String("credit") ? drafts.creditNoteFor(positional.at(1))
                                                   : drafts.start(parser.value(QStringLiteral("customer")));
    if (!draft) {
        printError(describe(draft.error()));
        return 1;
    }
    if (action == QLatin1String("draft")) {
        for (const QString &spec : parser.values(QStringLiteral("line"))) {
            auto line = parseLineSpec(spec, draft->total.currency());
            if (!line) {
                printError(line.error().detail);
                return 2;
            }
            draft->lines << *line;
        }
        if (parser.isSet(QStringLiteral("terms")))
            draft->terms = parser.value(QStringLiteral("terms"));
        draft->customerReference = parser.value(QStringLiteral("reference"));
        if (parser.isSet(QStringLiteral("per-invoice-rounding")))
            draft->taxRounding = TaxRounding::PerInvoice;
    }
    auto saved = drafts.save(*draft);
    if (!saved || !parser.isSet(QStringLiteral("issue")))
        return printDocument(saved);
    return printDocument(issueDraft(db, clock, parser, saved->id));
}

} // namespace cc::cli
