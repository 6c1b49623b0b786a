// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/PgConnection.h"

#include <QObject>
#include <memory>

class QSocketNotifier;

namespace cc::sync {

/// Waits on a connection of its own for the server's "something changed" notification
/// (LISTEN cashcycle_changes) and says so at once. Lives on a thread of its own: connecting
/// blocks, and waiting costs nothing but a socket notifier.
class ChangeListener : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~ChangeListener() override;

public slots:
    /// Connects and listens; `listening` or `lost` tells how it went.
    void start(const QString &uri);
    void stop();

signals:
    void listening();
    /// Another desktop (or this one) committed a change the user may see.
    void changed();
    /// The connection could not be made or went away.
    void lost(const QString &message);

private:
    void readSocket();

    std::unique_ptr<server::PgConnection> m_connection;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace cc::sync
