// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>

namespace cc::security {

/// Where workspace keys live. The real one is the OS keychain; there is no plaintext fallback.
class KeyStore {
public:
    virtual ~KeyStore() = default;
    /// The secret stored under `account`, NotFound when absent, KeychainUnavailable otherwise.
    virtual Result<QByteArray> read(const QString &account) = 0;
    virtual Status write(const QString &account, const QByteArray &secret) = 0;
    virtual Status remove(const QString &account) = 0;
};

} // namespace cc::security
