// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace cc::test {

/// A local HTTP receiver (tests/support/http-receiver.py) standing in for an SMS gateway: it
/// keeps every POST and answers as a gateway would.
class HttpTestReceiver {
public:
    explicit HttpTestReceiver(const QString &token = {});
    ~HttpTestReceiver();

    bool isRunning() const { return m_port > 0; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/v1/sms").arg(m_port); }
    /// Requests received so far, oldest first: {path, content_type, body}.
    QList<QJsonObject> requests() const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

} // namespace cc::test
