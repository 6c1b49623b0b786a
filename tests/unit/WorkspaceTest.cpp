// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"
#include "security/KeyStore.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <gtest/gtest.h>

using namespace cc;
using namespace cc::test;

namespace {

storage::WorkspaceOptions withPassphrase(const char *passphrase)
{
    storage::WorkspaceOptions options;
    options.passphrase = QByteArray(passphrase);
    return options;
}

// Stands for a machine whose keychain refuses to store anything (no Secret Service running).
class RefusingKeyStore final : public security::KeyStore {
public:
    Result<QByteArray> read(const QString &) override { return makeError(ErrorCode::KeychainUnavailable, QStringLiteral("no keychain")); }
    Status write(const QString &, const QByteArray &) override { return makeError(ErrorCode::KeychainUnavailable, QStringLiteral("no keychain")); }
    Status remove(const QString &) override { return success(); }
};

} // namespace

TEST(Workspace, FileIsEncryptedWithFourKilobytePages)
{
    TestWorkspace ws;
    auto version = ws.db().scalar(QStringLiteral("PRAGMA user_version"));
    ASSERT_TRUE(version.ok());
    EXPECT_EQ(*version, storage::Migrations::latestVersion());
    const QString path = ws.workspace().databasePath();
    ws.close();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(16);
    EXPECT_FALSE(header.startsWith("SQLite format 3")) << "the workspace must not be plaintext SQLite";
    EXPECT_EQ(file.size() % 4096, 0);
    // Nothing in the folder holds the passphrase.
    for (const QString &name : QDir(QFileInfo(path).path()).entryList(QDir::Files)) {
        QFile other(QFileInfo(path).path() + QLatin1Char('/') + name);
        ASSERT_TRUE(other.open(QIODevice::ReadOnly));
        EXPECT_FALSE(other.readAll().contains(TestWorkspace::Passphrase)) << name.toStdString();
    }
}

TEST(Workspace, WrongPassphraseIsAClearError)
{
    TestWorkspace ws;
    ws.close();
    auto reopened = storage::Workspace::open(ws.directory(), withPassphrase("wrong"));
    ASSERT_FALSE(reopened.ok());
    EXPECT_EQ(reopened.error().code, ErrorCode::WrongKey);
    EXPECT_TRUE(reopened.error().detail.contains(QStringLiteral("wrong passphrase"))) << reopened.error().detail.toStdString();
    EXPECT_TRUE(storage::Workspace::open(ws.directory(), withPassphrase(TestWorkspace::Passphrase)).ok());
}

TEST(Workspace, KeychainWorkspaceRejectsAKeyFile)
{
    TestWorkspace ws;
    ws.close();
    QSettings descriptor(QDir(ws.directory()).filePath(QStringLiteral("workspace.ini")), QSettings::IniFormat);
    descriptor.setValue(QStringLiteral("workspace/protection"), QStringLiteral("keychain"));
    descriptor.sync();
    auto reopened = storage::Workspace::open(ws.directory(), withPassphrase(TestWorkspace::Passphrase));
    ASSERT_FALSE(reopened.ok());
    EXPECT_TRUE(reopened.error().detail.contains(QStringLiteral("keychain")));
}

TEST(Workspace, MissingWorkspaceIsNotCreatedByReaders)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nothing-here"));
    auto opened = storage::Workspace::open(path, withPassphrase("x"));
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::WorkspaceMissing);
    EXPECT_FALSE(QFile::exists(path));
}

TEST(Workspace, CorruptedFileIsReported)
{
    TestWorkspace ws;
    const QString path = ws.workspace().databasePath();
    ws.close();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    file.resize(5000); // no longer whole pages
    file.close();
    auto reopened = storage::Workspace::open(ws.directory(), withPassphrase(TestWorkspace::Passphrase));
    ASSERT_FALSE(reopened.ok());
    EXPECT_EQ(reopened.error().code, ErrorCode::CorruptWorkspace);
}

TEST(Workspace, TruncatedFileIsReportedNotRebuilt)
{
    TestWorkspace ws;
    const QString path = ws.workspace().databasePath();
    ws.close();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    file.resize(0);
    file.close();
    auto reopened = storage::Workspace::open(ws.directory(), withPassphrase(TestWorkspace::Passphrase));
    ASSERT_FALSE(reopened.ok());
    EXPECT_EQ(reopened.error().code, ErrorCode::CorruptWorkspace);
    EXPECT_TRUE(reopened.error().detail.contains(QStringLiteral("truncated"))) << qPrintable(reopened.error().detail);
    EXPECT_EQ(QFileInfo(path).size(), 0) << "nothing may be written over a damaged workspace";
}

TEST(Workspace, NewerSchemaIsRefusedUntouched)
{
    TestWorkspace ws;
    ASSERT_TRUE(ws.db().execute(QStringLiteral("PRAGMA user_version = 999")).ok());
    ws.close();
    auto reopened = storage::Workspace::open(ws.directory(), withPassphrase(TestWorkspace::Passphrase));
    ASSERT_FALSE(reopened.ok());
    EXPECT_EQ(reopened.error().code, ErrorCode::WorkspaceTooNew);
}

TEST(Workspace, NoKeychainMeansNoWorkspaceAndNoPlaintextKey)
{
    QTemporaryDir dir;
    RefusingKeyStore keychain;
    storage::WorkspaceOptions options;
    options.createIfMissing = true;
    options.keyStore = &keychain;
    const QString path = dir.filePath(QStringLiteral("ws"));
    auto created = storage::Workspace::open(path, options);
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().code, ErrorCode::KeychainUnavailable);
    EXPECT_TRUE(QDir(dir.path()).isEmpty()) << "nothing may be left behind";
}

TEST(Migrations, UpgradeFromEveryOlderVersion)
{
    for (int from = 0; from < storage::Migrations::latestVersion(); ++from) {
        QTemporaryDir dir;
        auto db = storage::SqlDatabase::open(dir.filePath(QStringLiteral("m.db")), storage::WorkspaceKey::generateRaw(), true);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(storage::Migrations::applyUpTo(**db, from).ok());
        EXPECT_EQ(*storage::Migrations::currentVersion(**db), from);
        ASSERT_TRUE(storage::Migrations::apply(**db).ok());
        EXPECT_EQ(*storage::Migrations::currentVersion(**db), storage::Migrations::latestVersion());
        EXPECT_TRUE((*db)->scalar(QStringLiteral("SELECT count(*) FROM invoices")).ok());
        ASSERT_TRUE(storage::Migrations::apply(**db).ok()) << "applying twice is a no-op";
    }
}
