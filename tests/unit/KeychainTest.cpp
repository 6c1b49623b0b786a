// SPDX-License-Identifier: GPL-3.0-or-later
// Runs against the real Secret Service: scripts/with-keyring.sh starts gnome-keyring in a
// private D-Bus session. Without a session bus the tests skip with a message.
#include "TestWorkspace.h"
#include "security/KeychainKeyStore.h"

#include <QUuid>
#include <gtest/gtest.h>

using namespace cc;

namespace {

bool haveSessionBus()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

} // namespace

TEST(Keychain, RoundTripInTheRealKeyring)
{
    if (!haveSessionBus())
        GTEST_SKIP() << "no D-Bus session: run through scripts/with-keyring.sh";
    security::KeychainKeyStore keychain(QStringLiteral("CashCycleTest"));
    const QString account = QUuid::createUuid().toString();
    const QByteArray secret = storage::WorkspaceKey::generateRaw().secret();
    ASSERT_TRUE(keychain.write(account, secret).ok());
    auto read = keychain.read(account);
    ASSERT_TRUE(read.ok()) << read.error().detail.toStdString();
    EXPECT_EQ(*read, secret);
    ASSERT_TRUE(keychain.remove(account).ok());
    auto gone = keychain.read(account);
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().code, ErrorCode::NotFound);
}

TEST(Keychain, WorkspaceKeyLivesOnlyInTheKeychain)
{
    if (!haveSessionBus())
        GTEST_SKIP() << "no D-Bus session: run through scripts/with-keyring.sh";
    QTemporaryDir dir;
    security::KeychainKeyStore keychain(QStringLiteral("CashCycleTest"));
    storage::WorkspaceOptions options;
    options.createIfMissing = true;
    options.keyStore = &keychain;
    const QString path = dir.filePath(QStringLiteral("ws"));
    auto created = storage::Workspace::open(path, options);
    ASSERT_TRUE(created.ok()) << created.error().detail.toStdString();
    EXPECT_TRUE((*created)->usesKeychain());
    const QString id = (*created)->id();
    created = makeError(ErrorCode::NotFound, {}); // close

    options.createIfMissing = false;
    auto reopened = storage::Workspace::open(path, options);
    ASSERT_TRUE(reopened.ok()) << reopened.error().detail.toStdString();
    reopened = makeError(ErrorCode::NotFound, {});

    // Without its keychain entry the workspace cannot be opened, and the error says why.
    ASSERT_TRUE(keychain.remove(storage::Workspace::keychainAccount(id)).ok());
    auto locked = storage::Workspace::open(path, options);
    ASSERT_FALSE(locked.ok());
    EXPECT_EQ(locked.error().code, ErrorCode::WrongKey);
    EXPECT_TRUE(locked.error().detail.contains(QStringLiteral("keychain")));
}
