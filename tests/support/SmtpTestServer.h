// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace cc::test {

/// A real SMTP server on loopback (tests/support/smtp-server.py on Debian's aiosmtpd) that
/// keeps what it receives, optionally with AUTH and STARTTLS (a self-signed certificate made
/// with openssl, whose file certificate() names).
class SmtpTestServer {
public:
    struct Options {
        QString user;
        QString password;
        bool startTls = false;
    };

    SmtpTestServer();
    explicit SmtpTestServer(const Options &options);
    ~SmtpTestServer();

    /// False when the server did not come up (the reason is in error()).
    bool isRunning() const { return m_port > 0; }
    QString error() const { return m_error; }
    int port() const { return m_port; }
    QString certificate() const { return m_dir.filePath(QStringLiteral("cert.pem")); }

    /// Messages received so far, oldest first, as {envelope_to, from, to, subject, message_id,
    /// body, attachments: [{filename, content_type, path}]}.
    QList<QJsonObject> messages() const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    QString m_error;
};

/// The text of a PDF, through poppler's pdftotext.
QString pdfText(const QString &path);

} // namespace cc::test
