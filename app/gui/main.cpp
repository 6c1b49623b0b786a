// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupController.h"
#include "common/ApplicationIdentity.h"
#include "common/SystemClock.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QTranslator>
#include <cstdio>
#include <memory>

namespace {

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Accounts receivable and collections."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("workspace"),
        QCoreApplication::translate("main", "Open the workspace in DIR (default: %1).")
            .arg(cc::storage::Workspace::defaultDirectory()),
        QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("key-file"),
        QCoreApplication::translate("main", "Unlock with the passphrase in FILE instead of the system keychain."),
        QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("page"),
        QCoreApplication::translate("main", "Open on PAGE: customers, invoices, worklist or dunning."),
        QStringLiteral("PAGE") });
    parser.addOption({ QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "main", "Save the main window as a PNG image to FILE once data is shown, then quit."),
        QStringLiteral("FILE") });
}

} // namespace

int main(int argc, char *argv[])
{
    // --version, --help and option errors must work without a display, so they are answered
    // before (or instead of) creating a QApplication.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser probe;
    addOptions(probe);
    const bool parsed = probe.parse(arguments);
    if (parsed && probe.isSet(QStringLiteral("version"))) {
        std::printf("cashcycle %s\n", CASHCYCLE_VERSION);
        return 0;
    }
    const bool gui = parsed && !probe.isSet(QStringLiteral("help")) && !probe.isSet(QStringLiteral("help-all"));

    cc::setApplicationIdentity();
    std::unique_ptr<QCoreApplication> app(gui ? new QApplication(argc, argv) : new QCoreApplication(argc, argv));
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(&qtTranslator);
    // English plural forms first, as the fallback; the user's language, installed later, wins.
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/cashcycle_en.qm")))
        app->installTranslator(&plurals);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("cashcycle"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app->installTranslator(&translator);

    QCommandLineParser parser;
    addOptions(parser);
    parser.process(*app); // prints help or the option error and exits

    // The desktop entry installed as cashcycle.desktop names the window's icon and groups its windows.
    QGuiApplication::setDesktopFileName(QStringLiteral("cashcycle"));
    QGuiApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("cashcycle")));

    cc::ui::StartupOptions options;
    options.workspace = parser.isSet(QStringLiteral("workspace")) ? parser.value(QStringLiteral("workspace"))
                                                                  : cc::storage::Workspace::defaultDirectory();
    options.keyFile = parser.value(QStringLiteral("key-file"));
    options.screenshot = parser.value(QStringLiteral("screenshot"));
    options.page = parser.value(QStringLiteral("page"));

    cc::SystemClock clock;
    cc::ui::StartupController controller(options, clock);
    QObject::connect(
        &controller, &cc::ui::StartupController::finished, app.get(), &QCoreApplication::exit, Qt::QueuedConnection);
    controller.start();
    return app->exec();
}
