// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "WorkspaceKey.h"

#include <QCoreApplication>

#include <optional>

namespace cc::security {
class KeyStore;
}

namespace cc::storage {

/// How to unlock (or create) a workspace: with a passphrase, or with the random key kept
/// in the OS keychain under the workspace's id.
struct WorkspaceOptions {
    bool createIfMissing = false;
    std::optional<QByteArray> passphrase;
    security::KeyStore *keyStore = nullptr;
};

/// An encrypted local workspace: a folder with the SQLCipher database and a small
/// cleartext descriptor (id, how it is protected, no secrets).
class Workspace {
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    static Result<std::unique_ptr<Workspace>> open(const QString &directory, const WorkspaceOptions &options);
    /// The platform's application-data folder for the default workspace.
    static QString defaultDirectory();
    static bool exists(const QString &directory);
    /// Closes `workspace` and deletes its folder and its key in the keychain: for a workspace
    /// that a failed command has just created, so that nothing of it is left behind.
    static Status remove(std::unique_ptr<Workspace> workspace, security::KeyStore *keyStore);

    SqlDatabase &database() { return *m_db; }
    /// A second, read-only connection for a query to run on another thread beside the first
    /// (WAL lets it read while the first writes); opened on first use, from the workspace's thread.
    Result<SqlDatabase *> reader();
    const QString &directory() const { return m_directory; }
    const QString &id() const { return m_id; }
    bool usesKeychain() const { return m_usesKeychain; }
    QString databasePath() const;
    static QString keychainAccount(const QString &workspaceId);

private:
    Workspace(QString directory, QString id, bool usesKeychain, WorkspaceKey key, std::unique_ptr<SqlDatabase> db);
    static Result<std::unique_ptr<Workspace>> create(const QString &directory, const WorkspaceOptions &options);

    QString m_directory;
    QString m_id;
    bool m_usesKeychain;
    WorkspaceKey m_key; ///< SQLCipher holds it in memory anyway; kept to open the reader
    std::unique_ptr<SqlDatabase> m_db;
    std::unique_ptr<SqlDatabase> m_reader;
};

} // namespace cc::storage
