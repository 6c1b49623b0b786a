// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpTestReceiver.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace cc::test {

HttpTestReceiver::HttpTestReceiver(const QString &token)
{
    QStringList arguments { QStringLiteral(CASHCYCLE_SOURCE_DIR "/tests/support/http-receiver.py"), m_dir.path() };
    if (!token.isEmpty())
        arguments << QStringLiteral("--token") << token;
    m_process.start(QStringLiteral("/usr/bin/python3"), arguments);
    if (!m_process.waitForStarted(10000))
        return;
    while (m_process.waitForReadyRead(15000)) {
        const QByteArray line = m_process.readLine().trimmed();
        if (line.startsWith("ready ")) {
            m_port = line.mid(6).toInt();
            return;
        }
    }
}

HttpTestReceiver::~HttpTestReceiver()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QList<QJsonObject> HttpTestReceiver::requests() const
{
    QList<QJsonObject> requests;
    const QDir dir(m_dir.path());
    for (const QString &name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            requests << QJsonDocument::fromJson(file.readAll()).object();
    }
    return requests;
}

} // namespace cc::test
