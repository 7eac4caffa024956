#include "ConsoleLaunch.h"

#include "ConsoleContext.h"
#include "MainWindow.h"
#include "UiLogging.h"
#include "demo/DemoLab.h"
#include "demo/ScreenshotTour.h"
#include "devices/DeviceInventory.h"
#include "devices/DeviceTableModel.h"
#include "flows/JobManager.h"
#include "i18n/Translations.h"
#include "main/DeviceActionController.h"
#include "secrets/InMemorySecretStore.h"
#include "secrets/KeychainSecretStore.h"
#include "settings/ConsoleSettings.h"
#include "store/Store.h"
#include "util/BuildInfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>
#include <memory>

namespace slp::ui {

namespace {

struct ParsedOptions
{
    ConsoleLaunch::Options options;
    bool ok = true;
};

ParsedOptions parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "slpconsole", "License management console for Cisco IOS XR routers under Smart Licensing Using Policy."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo-lab"),
        QCoreApplication::translate("slpconsole", "Run on the demo lab: simulated routers and a throwaway database."));
    const QCommandLineOption database(QStringLiteral("database"),
                                      QCoreApplication::translate("slpconsole", "The database file."),
                                      QStringLiteral("path"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QCoreApplication::translate("slpconsole", "The language (en, de) instead of the system's."),
        QStringLiteral("code"));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QCoreApplication::translate("slpconsole", "With --demo-lab: save screenshots into this folder and quit."),
        QStringLiteral("dir"));
    parser.addOptions({demo, database, language, screenshots});
    parser.process(arguments);
    ParsedOptions parsed;
    parsed.options.demoLab = parser.isSet(demo);
    parsed.options.database = parser.value(database);
    parsed.options.language = parser.value(language);
    parsed.options.screenshotDir = parser.value(screenshots);
    if (!parsed.options.screenshotDir.isEmpty() && !parsed.options.demoLab) {
        std::fprintf(stderr, "slpconsole: --screenshots needs --demo-lab\n");
        parsed.ok = false;
    }
    return parsed;
}

// The admin's own console: keychain secrets, the default database, known_hosts next to it.
int runNormal(const ConsoleLaunch::Options &options)
{
    auto settings = std::make_unique<ConsoleSettings>();
    ConsoleContext::Paths paths;
    paths.database = QFileInfo(options.database.isEmpty() ? Store::defaultPath() : options.database).absoluteFilePath();
    paths.knownHosts = QFileInfo(paths.database).absoluteDir().filePath(QStringLiteral("known_hosts"));
    QDir().mkpath(QFileInfo(paths.database).absolutePath());
    ConsoleContext context(std::move(settings), std::make_unique<KeychainSecretStore>(), paths);
    MainWindow window(context);
    window.show();
    context.open();
    return QApplication::exec();
}

int runDemo(const ConsoleLaunch::Options &options)
{
    DemoLab::Options labOptions;
    labOptions.fleetPath = DemoLab::findFleet();
    labOptions.xrsimPath = DemoLab::findXrsim();
    labOptions.cssmsimPath = DemoLab::findCssmsim();
    DemoLab lab(labOptions);
    // The context is made once the lab's folder exists; the settings live in it too, so a demo never
    // changes the admin's real preferences.
    ConsoleContext::Paths paths;
    paths.database = lab.databasePath();
    paths.knownHosts = lab.knownHostsPath();
    ConsoleContext context(std::make_unique<ConsoleSettings>(lab.settingsPath()),
                           std::make_unique<InMemorySecretStore>(), paths);
    context.setSessionLabel(QCoreApplication::translate("slpconsole", "Demo lab"));
    MainWindow window(context);
    std::unique_ptr<ScreenshotTour> tour;
    if (!options.screenshotDir.isEmpty())
        tour = std::make_unique<ScreenshotTour>(window, options.screenshotDir);
    window.show();
    window.showStatus(QCoreApplication::translate("slpconsole", "Starting the demo lab..."));

    int exitCode = 0;
    const auto failed = [&window, &exitCode, &tour](const QString &message) {
        window.showStatus(message);
        if (tour) {
            std::fprintf(stderr, "slpconsole: demo lab: %s\n", qPrintable(message));
            exitCode = 1;
            QApplication::exit(1);
            return;
        }
        QMessageBox::critical(&window, QCoreApplication::translate("slpconsole", "Demo Lab"), message);
    };
    QObject::connect(&lab, &DemoLab::failed, &window, failed);
    QObject::connect(&lab, &DemoLab::ready, &context, [&context] { context.open(); });
    QObject::connect(&context, &ConsoleContext::openFailed, &window, failed);
    QObject::connect(&context, &ConsoleContext::ready, &lab, [&lab, &context] { lab.preload(context); });
    QObject::connect(&lab, &DemoLab::preloaded, &window, [&window, &context](int devices) {
        context.notifyDevicesChanged();
        window.showStatus(QCoreApplication::translate("slpconsole", "Demo lab: %n router(s) ready; refreshing them...",
                                                      nullptr, devices));
        // Read every router once so that the dashboard shows the lab's states straight away.
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = QObject::connect(window.inventory(), &DeviceInventory::loaded, &window, [&window, once] {
            QObject::disconnect(*once);
            QList<qint64> ids;
            for (const DeviceRow &row : window.inventory()->model()->rows())
                ids.append(row.deviceId());
            window.actions()->perform(DeviceAction::Refresh, ids);
        });
    });
    if (tour)
        QObject::connect(tour.get(), &ScreenshotTour::finished, &window, [&exitCode](int code) {
            exitCode = code;
            QApplication::exit(code);
        });
    lab.start();
    const int status = QApplication::exec();
    lab.stop();
    return status != 0 ? status : exitCode;
}

} // namespace

QString ConsoleLaunch::missingDisplayMessage()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return {};
    return QStringLiteral("slpconsole: no display found (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                          "  Run it on a desktop session, or under a virtual display:\n"
                          "    xvfb-run -a scripts/demo.sh            (the demo lab)\n"
                          "    xvfb-run -a slpconsole\n"
                          "  Without any display, use the headless console: slpctl --help\n");
#else
    return {};
#endif
}

int ConsoleLaunch::run(int argc, char *argv[])
{
    if (const QString message = missingDisplayMessage(); !message.isEmpty()) {
        std::fputs(qPrintable(message), stderr);
        return 2;
    }
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("slpconsole"));
    QApplication::setOrganizationName(QStringLiteral("slpconsole"));
    QApplication::setApplicationDisplayName(QStringLiteral("SLP Console"));
    QApplication::setApplicationVersion(BuildInfo::applicationVersion());
    QApplication::setDesktopFileName(QStringLiteral("slpconsole"));

    // The language is needed before the command line's help text; a quick look at the arguments.
    const QStringList arguments = QApplication::arguments();
    QString language;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--language")); at >= 0 && at + 1 < arguments.size())
        language = arguments.at(at + 1);
    else if (!arguments.contains(QStringLiteral("--demo-lab")))
        language = ConsoleSettings().language();
    Translations::install(application, language);

    const ParsedOptions parsed = parse(arguments);
    if (!parsed.ok)
        return 2;
    if (parsed.options.demoLab)
        return runDemo(parsed.options);
    return runNormal(parsed.options);
}

} // namespace slp::ui
