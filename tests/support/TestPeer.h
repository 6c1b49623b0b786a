// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>

namespace cc::test {

/// Starts one of tests/support's Python peers with Debian's python3 and waits for its
/// "ready PORT" line; returns the port, or 0 when it did not come up. Stopping it is closing
/// its stdin (stopPeer).
int startPeer(QProcess &process, const QString &script, const QStringList &arguments);
void stopPeer(QProcess &process);

} // namespace cc::test
