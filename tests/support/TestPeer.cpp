// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPeer.h"

namespace cc::test {

int startPeer(QProcess &process, const QString &script, const QStringList &arguments)
{
    // Debian's python3, where python3-aiosmtpd lives, not whichever comes first on PATH.
    process.start(QStringLiteral("/usr/bin/python3"),
        QStringList { QStringLiteral(CASHCYCLE_SOURCE_DIR "/tests/support/") + script } + arguments);
    if (!process.waitForStarted(10000))
        return 0;
    while (process.waitForReadyRead(15000)) {
        const QByteArray line = process.readLine().trimmed();
        if (line.startsWith("ready "))
            return line.mid(6).toInt();
    }
    return 0;
}

void stopPeer(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.closeWriteChannel();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(2000);
    }
}

} // namespace cc::test
