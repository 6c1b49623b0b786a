// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include "Migrations.h"
#include "security/KeyStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

namespace cc::storage {
namespace {

const QString kDatabaseFile = QStringLiteral("workspace.db");
const QString kDescriptorFile = QStringLiteral("workspace.ini");
const QString kKeychain = QStringLiteral("keychain");
const QString kPassphrase = QStringLiteral("passphrase");

Error describeOpenFailure(const Error &error, const QString &dbPath, bool usesKeychain)
{
    if (error.code != ErrorCode::WrongKey)
        return error;
    QFile file(dbPath);
    if (file.open(QIODevice::ReadOnly) && file.read(16).startsWith("SQLite format 3"))
        return makeError(ErrorCode::CorruptWorkspace,
            QCoreApplication::translate("Workspace", "%1 is an unencrypted SQLite file, not a CashCycle workspace")
                .arg(dbPath));
    if (file.size() % 4096 != 0)
        return makeError(ErrorCode::CorruptWorkspace,
            QCoreApplication::translate("Workspace", "%1 is damaged (truncated)").arg(dbPath));
    return makeError(ErrorCode::WrongKey,
        usesKeychain
            ? QCoreApplication::translate(
                "Workspace", "the key in the OS keychain does not open %1 (the file may be damaged)")
                  .arg(dbPath)
            : QCoreApplication::translate("Workspace", "wrong passphrase for %1 (or the file is damaged)").arg(dbPath));
}

} // namespace

Workspace::Workspace(
    QString directory, QString id, bool usesKeychain, WorkspaceKey key, std::unique_ptr<SqlDatabase> db)
    : m_directory(std::move(directory))
    , m_id(std::move(id))
    , m_usesKeychain(usesKeychain)
    , m_key(std::move(key))
    , m_db(std::move(db))
{
}

Result<SqlDatabase *> Workspace::reader()
{
    if (!m_reader) {
        auto db = SqlDatabase::open(databasePath(), m_key, false);
        if (!db)
            return db.error();
        if (auto readOnly = (*db)->execute(QStringLiteral("PRAGMA query_only = ON;")); !readOnly)
            return readOnly.error();
        m_reader = std::move(db).value();
    }
    return m_reader.get();
}

QString Workspace::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace");
}

bool Workspace::exists(const QString &directory)
{
    return QFile::exists(QDir(directory).filePath(kDescriptorFile));
}

Status Workspace::remove(std::unique_ptr<Workspace> workspace, security::KeyStore *keyStore)
{
    const QString directory = workspace->directory();
    const QString id = workspace->id();
    const bool usesKeychain = workspace->usesKeychain();
    workspace.reset();
    if (!QDir(directory).removeRecursively())
        return makeError(ErrorCode::Io, tr("cannot delete the folder %1").arg(directory));
    if (usesKeychain && keyStore)
        return keyStore->remove(keychainAccount(id));
    return success();
}

QString Workspace::databasePath() const
{
    return QDir(m_directory).filePath(kDatabaseFile);
}

QString Workspace::keychainAccount(const QString &workspaceId)
{
    return QStringLiteral("workspace/%1").arg(workspaceId);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &directory, const WorkspaceOptions &options)
{
    if (!exists(directory)) {
        if (!options.createIfMissing)
            return makeError(ErrorCode::WorkspaceMissing, tr("there is no CashCycle workspace in %1").arg(directory));
        if (QDir(directory).exists() && !QDir(directory).isEmpty())
            return makeError(ErrorCode::InvalidInput,
                tr("%1 is not empty and holds no workspace; choose a new folder").arg(directory));
        return create(directory, options);
    }

    QSettings descriptor(QDir(directory).filePath(kDescriptorFile), QSettings::IniFormat);
    const QString id = descriptor.value(QStringLiteral("workspace/id")).toString();
    const bool usesKeychain = descriptor.value(QStringLiteral("workspace/protection")).toString() == kKeychain;
    if (id.isEmpty())
        return makeError(ErrorCode::CorruptWorkspace, tr("%1 has no workspace id").arg(descriptor.fileName()));

    std::optional<WorkspaceKey> key;
    if (usesKeychain) {
        if (options.passphrase)
            return makeError(
                ErrorCode::WrongKey, tr("this workspace's key is in the OS keychain; open it without a key file"));
        if (!options.keyStore)
            return makeError(ErrorCode::KeychainUnavailable, tr("no keychain available to unlock the workspace"));
        auto secret = options.keyStore->read(keychainAccount(id));
        if (!secret) {
            if (secret.error().code == ErrorCode::NotFound)
                return makeError(ErrorCode::WrongKey,
                    tr("the OS keychain holds no key for workspace %1 (%2); it was created on another account or "
                       "machine")
                        .arg(id, directory));
            return secret.error();
        }
        key = WorkspaceKey::raw(*secret);
        if (!key->isValid())
            return makeError(ErrorCode::WrongKey,
                tr("the OS keychain entry for workspace %1 (%2) is not a 256-bit key; it was changed outside CashCycle")
                    .arg(id, directory));
    } else {
        if (!options.passphrase)
            return makeError(
                ErrorCode::WrongKey, tr("this workspace is protected by a passphrase; give it with --key-file FILE"));
        key = WorkspaceKey::passphrase(*options.passphrase);
    }

    const QString dbPath = QDir(directory).filePath(kDatabaseFile);
    if (!QFile::exists(dbPath))
        return makeError(ErrorCode::CorruptWorkspace, tr("%1 is missing").arg(dbPath));
    // Checked before opening: SQLCipher would start a new database in an empty file.
    if (QFileInfo(dbPath).size() == 0)
        return makeError(
            ErrorCode::CorruptWorkspace, tr("%1 is empty or truncated; restore it from a backup").arg(dbPath));
    auto db = SqlDatabase::open(dbPath, *key, false);
    if (!db)
        return describeOpenFailure(db.error(), dbPath, usesKeychain);
    // A workspace is created with its schema: version 0 means a damaged file, and building a
    // new, empty schema over it would hide that.
    auto version = Migrations::currentVersion(**db);
    if (!version)
        return version.error();
    if (*version == 0)
        return makeError(
            ErrorCode::CorruptWorkspace, tr("%1 holds no CashCycle schema; restore it from a backup").arg(dbPath));
    if (auto status = Migrations::apply(**db); !status)
        return status.error();
    return std::unique_ptr<Workspace>(new Workspace(directory, id, usesKeychain, *key, std::move(db).value()));
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString &directory, const WorkspaceOptions &options)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const bool usesKeychain = !options.passphrase;
    WorkspaceKey key = usesKeychain ? WorkspaceKey::generateRaw() : WorkspaceKey::passphrase(*options.passphrase);
    if (usesKeychain) {
        if (!options.keyStore)
            return makeError(ErrorCode::KeychainUnavailable, tr("no keychain available to keep the workspace key"));
        // Never fall back to a plaintext key file: without a keychain, creation fails.
        if (auto status = options.keyStore->write(keychainAccount(id), key.secret()); !status)
            return status.error();
    }

    // Build in a sibling folder and rename at the end, so a failure leaves nothing half-made.
    const QString target = QDir::cleanPath(QDir(directory).absolutePath());
    const QString staging = target + QStringLiteral(".creating-") + id.left(8);
    auto cleanUp = [&] {
        QDir(staging).removeRecursively();
        if (usesKeychain)
            (void)options.keyStore->remove(keychainAccount(id));
    };
    if (!QDir().mkpath(staging)) {
        cleanUp();
        return makeError(ErrorCode::Io, tr("cannot create the folder %1").arg(target));
    }
    Status migrated = success();
    {
        auto db = SqlDatabase::open(QDir(staging).filePath(kDatabaseFile), key, true);
        migrated = db ? Migrations::apply(**db) : Status(db.error());
    }
    if (!migrated) {
        cleanUp();
        return migrated.error();
    }
    {
        QSettings descriptor(QDir(staging).filePath(kDescriptorFile), QSettings::IniFormat);
        descriptor.setValue(QStringLiteral("workspace/id"), id);
        descriptor.setValue(QStringLiteral("workspace/protection"), usesKeychain ? kKeychain : kPassphrase);
        descriptor.setValue(QStringLiteral("workspace/cipher"), QStringLiteral("sqlcipher3-4096"));
        descriptor.sync();
        if (descriptor.status() != QSettings::NoError) {
            cleanUp();
            return makeError(ErrorCode::Io, tr("cannot write %1").arg(descriptor.fileName()));
        }
    }
    QDir(target).rmdir(target); // an empty target folder may exist already
    if (!QDir().rename(staging, target)) {
        cleanUp();
        return makeError(ErrorCode::Io, tr("cannot create the workspace folder %1").arg(target));
    }
    WorkspaceOptions reopen = options;
    reopen.createIfMissing = false;
    return open(target, reopen);
}

} // namespace cc::storage
