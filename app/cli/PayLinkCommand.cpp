// SPDX-License-Identifier: GPL-3.0-or-later
#include "PayLinkCommand.h"

#include "CliWorkspace.h"
#include "common/SystemClock.h"
#include "security/KeychainKeyStore.h"
#include "services/PaymentLinks.h"

#include <QFile>
#include <QTextStream>

namespace cc::cli {

int runPayLinkCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "\"Pay now\" links through a Stripe-compatible Checkout API.\n"
        "setup --base-url URL --secret-file FILE --success-url URL: the provider (the secret key is read from "
        "FILE and kept in the keychain).\n"
        "create INVOICE: prints the payment page's address for what is open on the invoice.\n"
        "collect: records the checkouts completed since the last time as payments of their invoices."));
    parser.addHelpOption();
    CliWorkspace::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("setup, create or collect"));
    parser.addOption({ QStringLiteral("base-url"), QStringLiteral("The API's address, e.g. https://api.stripe.com."),
        QStringLiteral("URL") });
    parser.addOption(
        { QStringLiteral("secret-file"), QStringLiteral("A file holding the secret key."), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("success-url"), QStringLiteral("The page customers see after paying."),
        QStringLiteral("URL") });
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != QLatin1String("setup") && action != QLatin1String("create") && action != QLatin1String("collect")) {
        printError(QStringLiteral("give setup, create or collect"));
        return 2;
    }
    if (action == QLatin1String("create") && positional.size() != 2) {
        printError(QStringLiteral("give the invoice's number"));
        return 2;
    }
    QByteArray secret;
    if (action == QLatin1String("setup")) {
        QFile file(parser.value(QStringLiteral("secret-file")));
        if (!parser.isSet(QStringLiteral("base-url")) || !parser.isSet(QStringLiteral("success-url"))
            || !file.open(QIODevice::ReadOnly)) {
            printError(QStringLiteral("give --base-url, --success-url and a readable --secret-file"));
            return 2;
        }
        secret = file.readAll().trimmed();
    }

    CliWorkspace opener;
    auto workspace = opener.open(parser, false);
    if (!workspace)
        return 1;
    SystemClock clock;
    security::KeychainKeyStore keychain;
    services::PaymentLinks links(workspace->database(), clock, qEnvironmentVariable("USER"));
    QTextStream out(stdout);
    if (action == QLatin1String("setup")) {
        const QUrl base(parser.value(QStringLiteral("base-url")));
        Status status = secret.isEmpty()
            ? Status(makeError(ErrorCode::InvalidInput, QStringLiteral("the secret file is empty")))
            : links.configure(base, QUrl(parser.value(QStringLiteral("success-url"))));
        if (status)
            status = keychain.write(services::PaymentLinks::keychainAccount(base), secret);
        if (!status) {
            printError(status.error().detail);
            return 1;
        }
        out << "payment links go through " << base.toString() << Qt::endl;
        return 0;
    }
    auto base = links.baseUrl();
    auto key = base ? keychain.read(services::PaymentLinks::keychainAccount(*base)) : Result<QByteArray>(base.error());
    if (!key) {
        printError(QStringLiteral("payment links need the provider's secret key: %1").arg(key.error().detail));
        return 1;
    }
    if (action == QLatin1String("create")) {
        auto url = links.create(positional.at(1), *key);
        if (!url) {
            printError(url.error().detail);
            return 1;
        }
        out << url->toString() << Qt::endl;
        return 0;
    }
    auto collected = links.collect(*key);
    if (!collected) {
        printError(collected.error().detail);
        return 1;
    }
    out << collected->recorded << " recorded";
    if (!collected->invoices.isEmpty())
        out << " (" << collected->invoices.join(QStringLiteral(", ")) << ')';
    if (!collected->unknown.isEmpty())
        out << "; not ours: " << collected->unknown.join(QStringLiteral(", "));
    out << Qt::endl;
    return 0;
}

} // namespace cc::cli
