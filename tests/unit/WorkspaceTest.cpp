// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"
#include "security/KeyStore.h"
#include "storage/BankStatementRepository.h"
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
    Result<QByteArray> read(const QString &) override
    {
        return makeError(ErrorCode::KeychainUnavailable, QStringLiteral("no keychain"));
    }
    Status write(const QString &, const QByteArray &) override
    {
        return makeError(ErrorCode::KeychainUnavailable, QStringLiteral("no keychain"));
    }
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
    EXPECT_TRUE(reopened.error().detail.contains(QStringLiteral("wrong passphrase")))
        << reopened.error().detail.toStdString();
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
        auto db = storage::SqlDatabase::open(
            dir.filePath(QStringLiteral("m.db")), storage::WorkspaceKey::generateRaw(), true);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(storage::Migrations::applyUpTo(**db, from).ok());
        EXPECT_EQ(*storage::Migrations::currentVersion(**db), from);
        ASSERT_TRUE(storage::Migrations::apply(**db).ok());
        EXPECT_EQ(*storage::Migrations::currentVersion(**db), storage::Migrations::latestVersion());
        EXPECT_TRUE((*db)->scalar(QStringLiteral("SELECT count(*) FROM invoices")).ok());
        ASSERT_TRUE(storage::Migrations::apply(**db).ok()) << "applying twice is a no-op";
    }
}

TEST(Migrations, BankRowsStoredBeforeTheySyncedGetSharedIdsAndGoToTheServer)
{
    QTemporaryDir dir;
    auto db
        = storage::SqlDatabase::open(dir.filePath(QStringLiteral("m.db")), storage::WorkspaceKey::generateRaw(), true);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(storage::Migrations::applyUpTo(**db, 21).ok());
    const QString fingerprint = QStringLiteral("f1ngerpr1nt");
    for (const QString &sql :
        { QStringLiteral("INSERT INTO customers (id, name, currency, terms, search_key) VALUES ('C1', 'Kunde', 'EUR', "
                         "'NET30', 'kunde')"),
            QStringLiteral("INSERT INTO bank_statements (id, format, statement_ref, account, currency, balanced, "
                           "file_name, imported_at) VALUES ('old-statement', 'camt.053', 'S1', 'DE02', 'EUR', 1, "
                           "'a.xml', '2026-11-20T08:00:00Z')"),
            QStringLiteral("INSERT INTO bank_lines (id, statement_id, fingerprint, entry_ref, bank_ref, end_to_end, "
                           "booking_day, currency, amount_minor, counterparty_name, counterparty_iban, "
                           "counterparty_bic, remittance, structured_ref, transaction_code, reversal, status, "
                           "customer_id, proposals) VALUES ('old-line', 'old-statement', 'f1ngerpr1nt', 'E1', '', '', "
                           "2461000, 'EUR', 11900, 'Kunde', 'DE89', '', 'RE-1', '', '', 0, 'suggested', 'C1', '[]')"),
            QStringLiteral("INSERT INTO payer_links (kind, key, customer_id, learned_from, learned_at) VALUES "
                           "('account', 'DE89', 'C1', 'old-line', '2026-11-20T09:00:00Z')") })
        ASSERT_TRUE((*db)->execute(sql).ok()) << sql.toStdString();

    ASSERT_TRUE(storage::Migrations::apply(**db).ok());
    const QString lineId = storage::BankStatementRepository::idFrom(fingerprint);
    EXPECT_EQ(*(*db)->scalar(QStringLiteral("SELECT count(*) FROM bank_lines WHERE id = '%1' AND status = 'suggested' "
                                            "AND remittance = 'RE-1' AND booking_day = 2461000")
                                 .arg(lineId)),
        1)
        << "the line under its shared id, as it was";
    EXPECT_EQ(*(*db)->scalar(QStringLiteral("SELECT count(*) FROM bank_lines l JOIN bank_statements s ON "
                                            "s.id = l.statement_id WHERE s.id <> 'old-statement'")),
        1);
    EXPECT_EQ(*(*db)->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE operation = 'insert' AND table_name IN "
                                            "('bank_statements', 'bank_lines', 'payer_links')")),
        3)
        << "queued for the server";
    EXPECT_EQ(*(*db)->scalar(QStringLiteral("SELECT count(*) FROM payer_links WHERE id = 'account:DE89'")), 1);
}
