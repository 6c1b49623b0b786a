// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiFixture.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using cc::test::UiFixture;

namespace {

struct Outcome {
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome runGui(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CASHCYCLE_GUI), arguments);
    Outcome run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QProcessEnvironment offscreen(const QTemporaryDir &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    environment.remove(QStringLiteral("LC_ALL"));
    // Remembered window layouts must not leak between runs or into the user's settings.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    return environment;
}

QString writeKeyFile(const QTemporaryDir &dir, const QByteArray &passphrase)
{
    const QString path = dir.filePath(QStringLiteral("key.txt"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(passphrase + "\n");
    return path;
}

} // namespace

TEST(GuiExecutable, PrintsItsVersionWithoutADisplay)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const Outcome run = runGui({ QStringLiteral("--version") }, environment);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("cashcycle %1\n").arg(QStringLiteral(CASHCYCLE_VERSION)));
}

TEST(GuiExecutable, RendersAScreenshotOfAWorkspace)
{
    UiFixture fixture;
    ASSERT_TRUE(fixture.populate());
    QTemporaryDir home;
    const QString png = home.filePath(QStringLiteral("shot.png"));
    const Outcome run = runGui({ QStringLiteral("--workspace"), fixture.directory(), QStringLiteral("--key-file"),
                                   writeKeyFile(home, "test"), QStringLiteral("--screenshot"), png },
        offscreen(home));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QImage image(png);
    EXPECT_EQ(image.size(), QSize(1280, 800));
}

TEST(GuiExecutable, NamesTheProblemWhenTheKeyIsWrong)
{
    UiFixture fixture;
    ASSERT_TRUE(fixture.populate());
    QTemporaryDir home;
    const Outcome run = runGui({ QStringLiteral("--workspace"), fixture.directory(), QStringLiteral("--key-file"),
                                   writeKeyFile(home, "not the key"), QStringLiteral("--screenshot"),
                                   home.filePath(QStringLiteral("shot.png")) },
        offscreen(home));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("could not be unlocked"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("wrong passphrase"))) << run.err.toStdString();
}
