// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the bundle controller the way BundleDialog.qml does: export from
// one replica, import into another (as file: URLs), import again, and refuse
// a damaged file, with the work in the background and the summary after.
#include "bundlecontroller.h"
#include "replicasession.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using pes::desktop::BundleController;
using pes::desktop::ReplicaSession;

namespace {

const QString network = u"https://apeas.example.org"_s;

bool waitFor(BundleController &controller)
{
    QSignalSpy finished(&controller, &BundleController::finished);
    return (!finished.isEmpty() || finished.wait(60000)) &&
           QTest::qWaitFor([&] { return !controller.busy(); });
}

} // namespace

class TestBundleController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void exportImportAgainAndRefuse()
    {
        QVERIFY(m_dir.isValid());
        ReplicaSession laptop, office;
        QVERIFY(laptop.createReplica(m_dir.filePath(u"laptop.sqlite"_s), network, u"APEAS"_s));
        QVERIFY(office.createReplica(m_dir.filePath(u"office.sqlite"_s), network, u"APEAS"_s));
        QVERIFY(
            laptop.replica()->create(pes::Kind::Organisation, {{u"name"_s, u"Ressourcerie"_s}}));

        BundleController exporter;
        exporter.setSession(&laptop);
        QVERIFY(exporter.suggestedName().endsWith(u".pesbundle"_s));
        const QString file = m_dir.filePath(exporter.suggestedName());
        exporter.exportBundle(QUrl::fromLocalFile(file).toString(), false);
        QVERIFY(exporter.busy());
        QVERIFY(waitFor(exporter));
        QVERIFY2(exporter.succeeded(), qPrintable(exporter.summary()));
        QVERIFY(QFile::exists(file));

        BundleController importer;
        importer.setSession(&office);
        QSignalSpy officeChanged(&office, &ReplicaSession::recordsChanged);
        importer.importBundle(QUrl::fromLocalFile(file).toString());
        QVERIFY(waitFor(importer));
        QVERIFY2(importer.succeeded(), qPrintable(importer.summary()));
        QVERIFY2(importer.summary().contains(u"1 applied"_s), qPrintable(importer.summary()));
        QTRY_COMPARE(office.unsyncedCount(), 1);
        // The import ran on a connection of its own; the office's views hear of it.
        QTRY_VERIFY(!officeChanged.isEmpty());

        importer.importBundle(file);
        QVERIFY(waitFor(importer));
        QVERIFY2(importer.summary().contains(u"1 already known"_s), qPrintable(importer.summary()));
        QTRY_COMPARE(office.unsyncedCount(), 1);

        QFile damaged(m_dir.filePath(u"damaged.pesbundle"_s));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("PK\x03\x04 not really a bundle");
        damaged.close();
        importer.importBundle(damaged.fileName());
        QVERIFY(waitFor(importer));
        QVERIFY(!importer.succeeded());
        QVERIFY2(importer.summary().contains(u"Nothing was changed."_s),
                 qPrintable(importer.summary()));
        QTRY_COMPARE(office.unsyncedCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBundleController)
#include "tst_bundlecontroller.moc"
