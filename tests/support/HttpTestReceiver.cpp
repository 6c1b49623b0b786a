// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpTestReceiver.h"
#include "TestPeer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace cc::test {

HttpTestReceiver::HttpTestReceiver(const QString &token)
{
    QStringList arguments { m_dir.path() };
    if (!token.isEmpty())
        arguments << QStringLiteral("--token") << token;
    m_port = startPeer(m_process, QStringLiteral("http-receiver.py"), arguments);
}

HttpTestReceiver::~HttpTestReceiver()
{
    stopPeer(m_process);
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
