// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeyStore.h"

#include <QCoreApplication>

#include <chrono>

namespace cc::security {

/// KeyStore on the OS keychain through QtKeychain (Secret Service, macOS Keychain, Windows
/// Credential Manager). Blocks the calling thread, never the GUI thread, up to a timeout,
/// because an absent keyring daemon may never answer.
class KeychainKeyStore final : public KeyStore {
    Q_DECLARE_TR_FUNCTIONS(KeychainKeyStore)

public:
    explicit KeychainKeyStore(
        QString service = QStringLiteral("CashCycle"), std::chrono::milliseconds timeout = std::chrono::seconds(15));

    Result<QByteArray> read(const QString &account) override;
    Status write(const QString &account, const QByteArray &secret) override;
    Status remove(const QString &account) override;

private:
    Result<QByteArray> readHere(const QString &account);
    Status writeHere(const QString &account, const QByteArray &secret);
    Status removeHere(const QString &account);

    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace cc::security
