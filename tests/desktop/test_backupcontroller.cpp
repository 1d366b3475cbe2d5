// SPDX-License-Identifier: GPL-3.0-or-later
// Backups from the app: a backup written while the session and the sync
// worker hold the replica open, a restore that closes both, replaces the file
// and opens it again, and a bad backup that changes nothing.
#include "backup/backup.h"
#include "backupcontroller.h"
#include "replicasession.h"
#include "syncstatus.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pes;

class TestBackupController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backUpThenRestore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"replica.sqlite"_s);
        desktop::ReplicaSession session;
        QVERIFY(session.createReplica(path, u"https://reseau.example.org"_s, u"Réseau"_s, 5));
        desktop::SyncStatus syncStatus;
        QSignalSpy reported(&syncStatus, &desktop::SyncStatus::changed);
        syncStatus.follow(&session);
        QVERIFY(reported.wait(10000)); // the sync worker has its own connection open now

        desktop::BackupController controller;
        controller.setProperty("session", QVariant::fromValue(&session));
        controller.setProperty("syncStatus", QVariant::fromValue(&syncStatus));
        QSignalSpy finished(&controller, &desktop::BackupController::finished);

        const QString file = dir.filePath(u"saved.pesbackup"_s);
        controller.backUp(QUrl::fromLocalFile(file));
        QVERIFY(controller.busy());
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.takeFirst().at(0).toBool(), qPrintable(controller.message()));
        QVERIFY(backup::verifyBackup(file));
        QVERIFY(controller.message().contains(file));

        auto later = session.replica()->create(Kind::Organisation, {{u"name"_s, u"Après"_s}});
        QVERIFY(later);

        // A file that is not a backup: refused, and the replica stays open as it was.
        const QString junk = dir.filePath(u"junk.pesbackup"_s);
        QFile bad(junk);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("PK\x03\x04 this is not a backup");
        bad.close();
        controller.restore(QUrl::fromLocalFile(junk));
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.takeFirst().at(0).toBool());
        QVERIFY(controller.failed());
        QVERIFY(!controller.message().isEmpty());
        QVERIFY(session.isOpen());
        QVERIFY(session.replica()->record(*later));

        // The real one: the session and the sync worker let go, the file is
        // replaced, the session opens it again; the replaced one is kept.
        QSignalSpy closed(&syncStatus, &desktop::SyncStatus::closed);
        controller.restore(QUrl::fromLocalFile(file));
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.takeFirst().at(0).toBool(), qPrintable(controller.message()));
        QVERIFY(!closed.isEmpty());
        QVERIFY(session.isOpen());
        QCOMPARE(session.path(), path);
        QVERIFY(!session.replica()->record(*later));
        const QVariantList automatic = controller.automaticBackups();
        QVERIFY(!automatic.isEmpty());
        QVERIFY(controller.message().contains(
            automatic.first().toMap().value(u"fileName"_s).toString()));
        // The kept replica holds what the restore replaced.
        QVERIFY(backup::verifyBackup(automatic.first().toMap().value(u"path"_s).toString()));
    }
};

QTEST_GUILESS_MAIN(TestBackupController)
#include "test_backupcontroller.moc"
