// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace cc::storage {

/// The secret that unlocks a workspace: a random 256-bit raw key (kept in the OS keychain)
/// or a passphrase stretched by SQLCipher's KDF (for headless use with --key-file).
class WorkspaceKey {
public:
    enum class Kind { RawKey, Passphrase };
    static constexpr int PassphraseKdfIterations = 256'000;
    static constexpr int RawKeyBytes = 32;

    static WorkspaceKey generateRaw();
    static WorkspaceKey raw(QByteArray bytes) { return WorkspaceKey(Kind::RawKey, std::move(bytes)); }
    static WorkspaceKey passphrase(QByteArray utf8) { return WorkspaceKey(Kind::Passphrase, std::move(utf8)); }

    Kind kind() const { return m_kind; }
    const QByteArray &secret() const { return m_secret; }
    bool isValid() const;
    /// What sqlite3_key() takes: x'<hex>' for a raw key, the bytes for a passphrase.
    QByteArray sqlcipherKeyMaterial() const;

private:
    WorkspaceKey(Kind kind, QByteArray secret) : m_kind(kind), m_secret(std::move(secret)) {}
    Kind m_kind;
    QByteArray m_secret;
};

} // namespace cc::storage
