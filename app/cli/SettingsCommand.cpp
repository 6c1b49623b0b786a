// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsCommand.h"

#include "CliWorkspace.h"
#include "messaging/SmsGateway.h"
#include "messaging/SmtpSettings.h"
#include "services/CompanyProfile.h"
#include "storage/SettingsRepository.h"

#include <QFile>
#include <QTextStream>

namespace cc::cli {
namespace {

// Settings that are plain text; smtp.* are checked by SmtpSettings, company.* by CompanyProfile.
const QStringList kFreeText { QStringLiteral("payment.link"), QStringLiteral("sms.gateway_url"),
    QStringLiteral("sms.sender"), QStringLiteral("invoice.template"), QStringLiteral("statement.template") };

QStringList knownKeys()
{
    return messaging::SmtpSettings::keys() + services::CompanyProfile::keys() + kFreeText;
}

} // namespace

int runSettingsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Reads or changes the workspace's settings: %1. The SMTP password is kept in the OS keychain.")
            .arg(knownKeys().join(QStringLiteral(", "))));
    parser.addHelpOption();
    CliWorkspace::addOptions(parser);
    parser.addOption({ QStringLiteral("smtp-password-file"),
        QStringLiteral("Store the SMTP password read from FILE in the keychain."), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("sms-token-file"),
        QStringLiteral("Store the SMS gateway's token read from FILE in the keychain."), QStringLiteral("FILE") });
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("set KEY VALUE, get KEY or list"));
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool passwordOnly
        = (parser.isSet(QStringLiteral("smtp-password-file")) || parser.isSet(QStringLiteral("sms-token-file")))
        && positional.isEmpty();
    if (!passwordOnly
        && !((action == QLatin1String("set") && positional.size() == 3)
            || (action == QLatin1String("get") && positional.size() == 2)
            || (action == QLatin1String("list") && positional.size() == 1))) {
        printError(QStringLiteral("give set KEY VALUE, get KEY or list"));
        return 2;
    }
    const QString key = positional.value(1);
    if ((action == QLatin1String("set") || action == QLatin1String("get")) && !knownKeys().contains(key)) {
        printError(QStringLiteral("unknown setting %1 (known: %2)").arg(key, knownKeys().join(QStringLiteral(", "))));
        return 2;
    }

    CliWorkspace opener;
    auto workspace = opener.open(parser, false);
    if (!workspace)
        return 1;
    storage::SqlDatabase &db = workspace->database();
    QTextStream out(stdout);
    if (action == QLatin1String("set")) {
        const QString value = positional.value(2);
        Status status = key.startsWith(QLatin1String("smtp.")) ? messaging::SmtpSettings::set(db, key, value)
            : key.startsWith(QLatin1String("company."))        ? services::CompanyProfile::set(db, key, value)
                                                               : storage::SettingsRepository(db).setValue(key, value);
        if (!status) {
            printError(describe(status.error()));
            return status.error().code == ErrorCode::InvalidInput ? 2 : 1;
        }
    } else if (action == QLatin1String("get") || action == QLatin1String("list")) {
        for (const QString &name : action == QLatin1String("get") ? QStringList { key } : knownKeys()) {
            auto value = storage::SettingsRepository(db).value(name);
            if (!value) {
                printError(describe(value.error()));
                return 1;
            }
            if (action == QLatin1String("get"))
                out << value->value_or(QString()) << Qt::endl;
            else if (*value)
                out << name << '=' << **value << Qt::endl;
        }
    }
    // Secrets go from a file to the keychain, under the account of the server they are for.
    for (const char *option : { "smtp-password-file", "sms-token-file" }) {
        if (!parser.isSet(QString::fromLatin1(option)))
            continue;
        QFile file(parser.value(QString::fromLatin1(option)));
        if (!file.open(QIODevice::ReadOnly)) {
            printError(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return 1;
        }
        const QByteArray secret = file.readAll().trimmed();
        QString account;
        if (QByteArray(option) == "smtp-password-file") {
            auto smtp = messaging::SmtpSettings::load(db);
            if (!smtp) {
                printError(describe(smtp.error()));
                return 1;
            }
            account = smtp->keychainAccount();
        } else {
            auto url = storage::SettingsRepository(db).value(QStringLiteral("sms.gateway_url"));
            if (!url || !*url) {
                printError(QStringLiteral("set sms.gateway_url before its token"));
                return 1;
            }
            account = messaging::SmsGateway::keychainAccount(QUrl(**url));
        }
        if (auto stored = security::KeychainKeyStore().write(account, secret); !stored) {
            printError(describe(stored.error()));
            return 1;
        }
    }
    return 0;
}

} // namespace cc::cli
