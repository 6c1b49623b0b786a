// SPDX-License-Identifier: GPL-3.0-or-later
#include "SendOutbox.h"

#include "CliWorkspace.h"
#include "services/NoJobControl.h"
#include "services/OutboxSender.h"

#include <QFile>
#include <QTextStream>

namespace cc::cli {

namespace {

Result<QString> fileSecret(const QCommandLineParser &parser, const char *option)
{
    QFile file(parser.value(QString::fromLatin1(option)));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    return QString::fromUtf8(file.readAll().trimmed());
}

} // namespace

void addSecretFileOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("smtp-password-file"),
        QStringLiteral("Read the SMTP password from FILE instead of the keychain."), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("sms-token-file"),
        QStringLiteral("Read the SMS gateway's token from FILE instead of the keychain."), QStringLiteral("FILE") });
}

int sendOutbox(const QCommandLineParser &parser, storage::SqlDatabase &db, const Clock &clock)
{
    services::OutboxSender::Secrets secrets;
    for (const auto &[option, target] : { std::pair { "smtp-password-file", &secrets.smtpPassword },
             std::pair { "sms-token-file", &secrets.smsToken } }) {
        if (!parser.isSet(QString::fromLatin1(option)))
            continue;
        auto value = fileSecret(parser, option);
        if (!value) {
            printError(value.error().detail);
            return 1;
        }
        *target = *value;
    }
    security::KeychainKeyStore keychain;
    services::NoJobControl control;
    auto report = services::OutboxSender::sendDue(db, clock, qEnvironmentVariable("USER"), keychain, secrets, control);
    if (!report) {
        printError(describe(report.error()));
        return 1;
    }
    const services::DispatchReport &sent = report->dispatched;
    QTextStream(stdout) << "sent=" << sent.sent << " retrying=" << sent.retrying << " failed=" << sent.failed
                        << Qt::endl;
    for (const QString &error : std::as_const(sent.errors))
        printError(error);
    if (!report->unconfigured.isEmpty())
        printError(QStringLiteral("not set up: %1; its messages stay queued")
                       .arg(report->unconfigured.join(QStringLiteral(", "))));
    return sent.retrying + sent.failed > 0 ? 1 : 0;
}

} // namespace cc::cli
