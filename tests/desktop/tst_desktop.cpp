// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the QML tests of this folder. Every test file gets its own engine and,
// here, its own replica in a temporary folder with demo data (30 organisations
// and the records around them), offered to the tests as testSession.
#include "demo/demodata.h"
#include "localization.h"
#include "replicasession.h"

#include <QCoreApplication>
#include <QQmlContext>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(org_pes_desktopPlugin)

using namespace Qt::StringLiterals;

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PES-test"_s);
        QCoreApplication::setApplicationName(u"test_desktop_qml"_s);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        auto dir = std::make_shared<QTemporaryDir>();
        const QString path = dir->filePath(u"replica.sqlite"_s);
        auto *session = new pes::desktop::ReplicaSession(engine);
        if (!session->createReplica(path, u"https://apeas.example.org"_s, u"APEAS"_s, 30))
            qFatal("cannot create the test replica: %s", qPrintable(session->errorMessage()));
        // The folder goes when the session does, after the engine is done with it.
        connect(session, &QObject::destroyed, [dir] {});
        auto *localization = new pes::desktop::Localization(engine);
        localization->setEngine(engine);
        engine->rootContext()->setContextProperty(u"testSession"_s, session);
        engine->rootContext()->setContextProperty(u"testLocalization"_s, localization);
        engine->rootContext()->setContextProperty(u"testReplicaPath"_s, path);
    }
};

QUICK_TEST_MAIN_WITH_SETUP(desktop, Setup)

#include "tst_desktop.moc"
