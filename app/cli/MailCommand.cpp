// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailCommand.h"

#include "CliWorkspace.h"
#include "SendOutbox.h"
#include "common/SystemClock.h"
#include "documents/LetterAttachments.h"
#include "messaging/SmtpSettings.h"
#include "services/MessageComposer.h"
#include "storage/MessageOutbox.h"
#include "storage/TemplateRepository.h"

#include <QFile>
#include <QTextStream>

namespace cc::cli {
int runMailCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "send CUSTOMER --template KEY: writes to the customer's contacts in their language and sends it.\n"
        "flush: sends what the outbox has due.  outbox: lists the outbox.\n"
        "template KEY --language L [--subject S --body-file F]: prints a template, or replaces it for the team."));
    parser.addHelpOption();
    CliWorkspace::addOptions(parser);
    parser.addOption({ QStringLiteral("template"),
        QStringLiteral("reminder, first_notice, second_notice, final_notice or statement."), QStringLiteral("KEY") });
    parser.addOption({ QStringLiteral("overdue-only"), QStringLiteral("List only the invoices past due.") });
    parser.addOption(
        { QStringLiteral("language"), QStringLiteral("The template's language (en, de, …)."), QStringLiteral("L") });
    parser.addOption(
        { QStringLiteral("subject"), QStringLiteral("The template's subject (mustache)."), QStringLiteral("S") });
    parser.addOption({ QStringLiteral("body-file"), QStringLiteral("The template's body (mustache), as UTF-8 text."),
        QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("statement"), QStringLiteral("Attach the statement of account as PDF.") });
    parser.addOption(
        { QStringLiteral("invoice-copies"), QStringLiteral("Attach a PDF copy of each invoice the message lists.") });
    parser.addOption({ QStringLiteral("queue-only"), QStringLiteral("Queue the message without sending it now.") });
    addSecretFileOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("send CUSTOMER, flush or outbox"));
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (!((action == QLatin1String("send") && positional.size() == 2 && parser.isSet(QStringLiteral("template")))
            || (action == QLatin1String("flush") && positional.size() == 1)
            || (action == QLatin1String("outbox") && positional.size() == 1)
            || (action == QLatin1String("template") && positional.size() == 2
                && parser.isSet(QStringLiteral("language"))))) {
        printError(QStringLiteral("give send CUSTOMER --template KEY, flush, outbox or template KEY --language L"));
        return 2;
    }

    CliWorkspace opener;
    auto workspace = opener.open(parser, false);
    if (!workspace)
        return 1;
    storage::SqlDatabase &db = workspace->database();
    SystemClock clock;
    if (action == QLatin1String("template")) {
        storage::TemplateRepository templates(db);
        const QString language = parser.value(QStringLiteral("language"));
        if (parser.isSet(QStringLiteral("body-file"))) {
            QFile file(parser.value(QStringLiteral("body-file")));
            if (!file.open(QIODevice::ReadOnly)) {
                printError(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
                return 1;
            }
            const messaging::MessageTemplate own { positional[1], language, parser.value(QStringLiteral("subject")),
                QString::fromUtf8(file.readAll()) };
            // A template that does not parse is refused before the team gets it.
            if (auto rendered = own.render({}); !rendered) {
                printError(rendered.error().detail);
                return 2;
            }
            if (auto saved = templates.save(own); !saved) {
                printError(describe(saved.error()));
                return 1;
            }
        }
        auto found = templates.find(positional[1], language);
        if (!found) {
            printError(describe(found.error()));
            return 1;
        }
        QTextStream(stdout) << "language: " << found->language << "\nsubject: " << found->subject << "\n\n"
                            << found->body << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("outbox")) {
        auto messages = storage::MessageOutbox(db).recent(1000);
        if (!messages) {
            printError(describe(messages.error()));
            return 1;
        }
        QTextStream out(stdout);
        out << "created_at,customer_id,channel,status,attempts,recipients,subject,last_error" << Qt::endl;
        for (const messaging::OutgoingMessage &m : std::as_const(*messages)) {
            out << m.createdAt.toString(Qt::ISODate) << ',' << m.customerId << ',' << toString(m.channel) << ','
                << toString(m.status) << ',' << m.attempts << ',' << m.recipients.join(QLatin1Char(' ')) << ",\""
                << QString(m.subject).replace(QLatin1Char('"'), QStringLiteral("\"\"")) << "\",\""
                << QString(m.lastError).replace(QLatin1Char('"'), QStringLiteral("\"\"")) << '"' << Qt::endl;
        }
        return 0;
    }
    if (action == QLatin1String("send")) {
        services::MessageComposer::Request request;
        request.customerId = positional[1];
        request.templateKey = parser.value(QStringLiteral("template"));
        request.onlyOverdue = parser.isSet(QStringLiteral("overdue-only"));
        auto smtp = messaging::SmtpSettings::load(db);
        auto message = smtp ? services::MessageComposer::compose(db, request, clock.today(), smtp->fromName)
                            : Result<messaging::OutgoingMessage>(smtp.error());
        if (message && parser.isSet(QStringLiteral("statement"))) {
            auto statement = documents::LetterAttachments::statement(db, request.customerId, clock.today());
            if (statement)
                message->attachments << *statement;
            else
                message = statement.error();
        }
        if (message && parser.isSet(QStringLiteral("invoice-copies"))) {
            auto copies = documents::LetterAttachments::invoiceCopies(
                db, request.customerId, clock.today(), request.onlyOverdue, request.excludeInvoices);
            if (copies)
                message->attachments << *copies;
            else
                message = copies.error();
        }
        if (!message) {
            printError(describe(message.error()));
            return 1;
        }
        auto queued = storage::MessageOutbox(db).enqueue(*message, clock.now());
        if (!queued) {
            printError(describe(queued.error()));
            return 1;
        }
        QTextStream(stdout) << "queued " << *queued << " to " << message->recipients.join(QStringLiteral(", ")) << ": "
                            << message->subject << Qt::endl;
        if (parser.isSet(QStringLiteral("queue-only")))
            return 0;
    }
    return sendOutbox(parser, db, clock);
}

} // namespace cc::cli
