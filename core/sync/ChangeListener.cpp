// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeListener.h"

#include <QSocketNotifier>

namespace cc::sync {

ChangeListener::~ChangeListener()
{
    stop();
}

void ChangeListener::start(const QString &uri)
{
    stop();
    auto connection = server::PgConnection::open(uri);
    if (!connection) {
        emit lost(connection.error().detail);
        return;
    }
    if (auto status = (*connection)->execute(QStringLiteral("LISTEN cashcycle_changes")); !status) {
        emit lost(status.error().detail);
        return;
    }
    m_connection = std::move(connection).value();
    m_notifier = new QSocketNotifier(m_connection->socket(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ChangeListener::readSocket);
    emit listening();
}

void ChangeListener::stop()
{
    delete m_notifier;
    m_notifier = nullptr;
    m_connection.reset();
}

void ChangeListener::readSocket()
{
    auto received = m_connection->takeNotifications();
    if (!received) {
        const QString message = received.error().detail;
        stop();
        emit lost(message);
        return;
    }
    if (*received > 0)
        emit changed();
}

} // namespace cc::sync
