// SPDX-License-Identifier: GPL-3.0-or-later
// pes-desktop: builds the services, hands them to the QML window, and runs it.
#include "localization.h"
#include "replicasession.h"
#include "screenshottour.h"
#include "selftest.h"
#include "startupprobe.h"
#include "syncstatus.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(org_pes_desktopPlugin)

using namespace Qt::StringLiterals;
using namespace pes::desktop;

int main(int argc, char *argv[])
{
    QElapsedTimer started;
    started.start();
    QGuiApplication app(argc, argv);
    app.setOrganizationName(u"PES"_s);
    app.setApplicationName(u"pes-desktop"_s);
    app.setApplicationVersion(QStringLiteral(PES_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"The directory and exchanges of a network, offline first."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption replicaOption(u"replica"_s, u"The replica file to open."_s, u"PATH"_s,
                                           pes::Replica::defaultPath());
    const QCommandLineOption selfTest(u"self-test"_s, u"Load every QML file and exit."_s);
    const QCommandLineOption screenshots(
        u"screenshots"_s, u"Save a picture of each main view into DIR and exit."_s, u"DIR"_s);
    const QCommandLineOption probe(u"startup-probe"_s,
                                   u"Print the time to the first populated frame and exit."_s);
    parser.addOptions({replicaOption, selfTest, screenshots, probe});
    parser.process(app);

    // The platform's own style where Qt Quick Controls has one; Fusion elsewhere.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE")) {
#if defined(Q_OS_WINDOWS)
        QQuickStyle::setStyle(u"Windows"_s);
#elif defined(Q_OS_MACOS)
        QQuickStyle::setStyle(u"macOS"_s);
#else
        QQuickStyle::setStyle(u"Fusion"_s);
#endif
    }

    // The services outlive the engine that shows them.
    Localization localization;
    localization.apply();
    ReplicaSession session;
    QQmlApplicationEngine engine;
    localization.setEngine(&engine);
    if (parser.isSet(selfTest))
        return runSelfTest(engine);

    // Sync runs on its own thread for whichever replica the session opens.
    SyncStatus syncStatus;
    syncStatus.follow(&session);
    QObject::connect(&syncStatus, &SyncStatus::changed, &session,
                     [&] { session.setHubStatus(syncStatus.summary()); });

    const QString path = parser.value(replicaOption);
    if (session.fileExists(path))
        session.openReplica(path); // a failure is shown on the welcome page

    engine.setInitialProperties({{u"session"_s, QVariant::fromValue(&session)},
                                 {u"localization"_s, QVariant::fromValue(&localization)},
                                 {u"syncStatus"_s, QVariant::fromValue(&syncStatus)}});
    engine.loadFromModule("org.pes.desktop", "Main");
    auto *window = engine.rootObjects().isEmpty()
                       ? nullptr
                       : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;

    std::unique_ptr<ScreenshotTour> tour;
    if (parser.isSet(screenshots)) {
        tour = std::make_unique<ScreenshotTour>(window, parser.value(screenshots));
        QObject::connect(tour.get(), &ScreenshotTour::finished, &app,
                         [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
        tour->start();
    }
    std::unique_ptr<StartupProbe> startupProbe;
    if (parser.isSet(probe))
        startupProbe = std::make_unique<StartupProbe>(window, started);
    return app.exec();
}
