// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpTestServer.h"
#include "TestPeer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <algorithm>

namespace cc::test {
namespace {

const QString kPython = QStringLiteral("/usr/bin/python3"); // Debian's, where aiosmtpd lives
const QString kScript = QStringLiteral(CASHCYCLE_SOURCE_DIR "/tests/support/smtp-server.py");

} // namespace

SmtpTestServer::SmtpTestServer()
    : SmtpTestServer(Options {})
{
}

SmtpTestServer::SmtpTestServer(const Options &options)
{
    QDir(m_dir.path()).mkdir(QStringLiteral("mail"));
    QStringList arguments { m_dir.filePath(QStringLiteral("mail")) };
    if (!options.user.isEmpty())
        arguments << QStringLiteral("--user") << options.user << QStringLiteral("--password") << options.password;
    if (options.startTls) {
        QProcess openssl;
        openssl.setStandardErrorFile(QProcess::nullDevice());
        openssl.start(QStringLiteral("openssl"),
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"), QStringLiteral("-keyout"),
                m_dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"), certificate() });
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
            m_error = QStringLiteral("openssl could not make a certificate");
            return;
        }
        arguments << QStringLiteral("--cert") << certificate() << QStringLiteral("--key")
                  << m_dir.filePath(QStringLiteral("key.pem"));
    }
    m_port = startPeer(m_process, QStringLiteral("smtp-server.py"), arguments);
    if (m_port == 0)
        m_error = QString::fromUtf8(m_process.readAllStandardError());
}

SmtpTestServer::~SmtpTestServer()
{
    stopPeer(m_process);
}

QList<QJsonObject> SmtpTestServer::messages() const
{
    QDir mail(m_dir.filePath(QStringLiteral("mail")));
    QFileInfoList files = mail.entryInfoList({ QStringLiteral("*.eml") }, QDir::Files);
    std::sort(files.begin(), files.end(),
        [](const QFileInfo &a, const QFileInfo &b) { return a.lastModified() < b.lastModified(); });
    QList<QJsonObject> messages;
    for (const QFileInfo &file : std::as_const(files)) {
        const QString parts = m_dir.filePath(file.completeBaseName());
        QDir().mkpath(parts);
        QProcess parse;
        parse.start(kPython, { kScript, QStringLiteral("--parse"), file.filePath(), parts });
        parse.waitForFinished(15000);
        const QJsonObject message = QJsonDocument::fromJson(parse.readAllStandardOutput()).object();
        messages << (message.isEmpty()
                ? QJsonObject { { QStringLiteral("error"), QString::fromUtf8(parse.readAllStandardError()) } }
                : message);
    }
    return messages;
}

QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    pdftotext.waitForFinished(15000);
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

} // namespace cc::test
