// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the import wizard's controller the way the wizard does: inspect a
// real Access file, take the suggested mapping, load a saved one, dry run,
// import, and import again, against a real replica in a temporary folder.
#include "backup/backup.h"
#include "importwizardcontroller.h"
#include "replica/replica.h"
#include "replicasession.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pes::desktop::ImportWizardController;
using pes::desktop::ReplicaSession;

class TestImportWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Waits for the background work to end; the event loop keeps running, as in the app.
    static QList<QVariant> waitFor(QSignalSpy &spy)
    {
        if (spy.isEmpty() && !spy.wait(120000))
            return {};
        return spy.takeFirst();
    }

    static qint64 organisations(ReplicaSession &session)
    {
        pes::SearchQuery query;
        query.kinds = {pes::Kind::Organisation};
        return session.replica()->count(query).value_or(-1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("PES_ACCESS_WORKER", PES_BIN_DIR "/pes-access-worker");
    }

    void badFileGivesAClearError()
    {
        ImportWizardController controller;
        QSignalSpy inspected(&controller, &ImportWizardController::inspected);
        controller.inspect(m_dir.filePath(u"missing.mdb"_s));
        QVERIFY(controller.busy());
        QCOMPARE(waitFor(inspected).value(0).toBool(), false);
        QVERIFY(!controller.errorMessage().isEmpty());
        QVERIFY(controller.tables().isEmpty());
        QTRY_VERIFY(!controller.busy());
    }

    void inspectMapDryRunImportRerun()
    {
        ReplicaSession session;
        const QString replicaPath = m_dir.filePath(u"wizard.sqlite"_s);
        QVERIFY2(session.createReplica(replicaPath, u"https://apeas.example.org"_s, u"APEAS"_s),
                 qPrintable(session.errorMessage()));
        ImportWizardController controller;
        controller.setSession(&session);

        // Inspect: tables, columns and sample rows, and a suggested mapping.
        QSignalSpy inspected(&controller, &ImportWizardController::inspected);
        controller.inspect(
            QUrl::fromLocalFile(QStringLiteral(PES_TEST_DATA "/access/testV2007.accdb"))
                .toString());
        QCOMPARE(waitFor(inspected).value(0).toBool(), true);
        QVERIFY2(controller.errorMessage().isEmpty(), qPrintable(controller.errorMessage()));
        QVERIFY(!controller.format().isEmpty());
        QVariantMap table1;
        for (const QVariant &table : controller.tables())
            if (table.toMap().value(u"name"_s) == u"Table1"_s)
                table1 = table.toMap();
        QVERIFY(table1.value(u"columns"_s).toStringList().contains(u"A"_s));
        QVERIFY(!table1.value(u"samples"_s).toList().isEmpty());
        QCOMPARE(controller.mappingTables().size(), controller.tables().size());

        // Editing: a table out and back in, a kind, a column's field.
        QSignalSpy mappingChanged(&controller, &ImportWizardController::mappingChanged);
        controller.setTableIncluded(u"Table1"_s, true);
        controller.setTableKind(u"Table1"_s, u"organisation"_s);
        controller.setColumnField(u"Table1"_s, u"A"_s, u"name"_s);
        QVERIFY(!mappingChanged.isEmpty());
        QVERIFY(controller.fieldNames(u"organisation"_s).contains(u"siret"_s));

        // Load the saved mapping; save it back and load that.
        QVERIFY2(controller.loadMapping(
                     QStringLiteral(PES_TEST_DATA "/access/mappings/testV2007-organisations.json")),
                 qPrintable(controller.errorMessage()));
        QCOMPARE(controller.mapping().tables.size(), 1);
        QCOMPARE(controller.mapping().tables.first().fields.value(u"F"_s), u"siret"_s);
        const QString saved = m_dir.filePath(u"saved-mapping.json"_s);
        QVERIFY(controller.saveMapping(QUrl::fromLocalFile(saved).toString()));
        QVERIFY(controller.loadMapping(saved));
        QCOMPARE(controller.mapping().toJson(), pes::access::ImportMapping::load(saved)->toJson());
        // A mapping that names a missing table is refused with its reason.
        const QString broken = m_dir.filePath(u"broken.json"_s);
        {
            QFile file(broken);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"source":"x","tables":[{"table":"Nope","kind":"organisation",)"
                       R"("key":["A"],"fields":{"A":"name"}}]})");
        }
        QVERIFY(!controller.loadMapping(broken));
        QVERIFY(controller.errorMessage().contains(u"Nope"_s));
        QCOMPARE(controller.mapping().tables.first().table, u"Table1"_s);

        // Dry run: a report, an untouched replica, no backup.
        const qint64 before = organisations(session);
        QSignalSpy finished(&controller, &ImportWizardController::finished);
        QSignalSpy progress(&controller, &ImportWizardController::progressChanged);
        // The inspection's thread ends just after it answers; the wizard's
        // buttons wait for that, and so does the test.
        QTRY_VERIFY(!controller.busy());
        controller.dryRun();
        QVERIFY(controller.busy());
        QList<QVariant> outcome = waitFor(finished);
        QVERIFY2(outcome.value(0).toBool(), qPrintable(controller.errorMessage()));
        QCOMPARE(outcome.value(1).toBool(), true);
        QVERIFY2(controller.errorMessage().isEmpty(), qPrintable(controller.errorMessage()));
        QVERIFY(controller.hasReport());
        QVERIFY(controller.reportIsDryRun());
        const qint64 rows = controller.reportTotals().value(u"rows"_s).toLongLong();
        QVERIFY(rows > 0);
        QCOMPARE(controller.reportTotals().value(u"created"_s).toLongLong() +
                     controller.reportTotals().value(u"rejectedRows"_s).toLongLong() +
                     controller.reportTotals().value(u"linked"_s).toLongLong(),
                 rows);
        QCOMPARE(organisations(session), before);
        QVERIFY(pes::backup::automaticBackups(replicaPath).isEmpty());
        QVERIFY(!progress.isEmpty());
        QTRY_VERIFY(!controller.busy());

        // Import: records created, a backup taken first, progress reaching the end,
        // and the session's views told (the import has a connection of its own).
        QSignalSpy recordsChanged(&session, &ReplicaSession::recordsChanged);
        controller.runImport();
        outcome = waitFor(finished);
        QCOMPARE(outcome.value(0).toBool(), true);
        QCOMPARE(outcome.value(1).toBool(), false);
        QVERIFY(!controller.reportIsDryRun());
        const qint64 created = controller.reportTotals().value(u"created"_s).toLongLong();
        QVERIFY(created > 0);
        QCOMPARE(organisations(session), before + created);
        QCOMPARE(controller.progress(), 1.0);
        QVERIFY(QFile::exists(controller.backupPath()));
        QCOMPARE(pes::backup::automaticBackups(replicaPath).size(), 1);
        QTRY_VERIFY(!controller.busy());
        QTRY_VERIFY(!recordsChanged.isEmpty());
        QVERIFY(recordsChanged.first().at(0).toStringList().size() >= created);

        // The rejected rows, as shown and as saved.
        const QString rejectsCsv = m_dir.filePath(u"rejects.csv"_s);
        QVERIFY(controller.saveRejects(QUrl::fromLocalFile(rejectsCsv).toString()));
        QFile csv(rejectsCsv);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), controller.rejects().size() + 1);

        // Re-run: nothing created twice.
        controller.runImport();
        outcome = waitFor(finished);
        QCOMPARE(outcome.value(0).toBool(), true);
        QCOMPARE(controller.reportTotals().value(u"created"_s).toLongLong(), 0);
        QCOMPARE(controller.reportTotals().value(u"unchanged"_s).toLongLong(), created);
        QCOMPARE(organisations(session), before + created);
        QTRY_VERIFY(!controller.busy());
    }

    void importNeedsAFileAndAReplica()
    {
        ImportWizardController controller;
        QSignalSpy finished(&controller, &ImportWizardController::finished);
        controller.runImport();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().value(0).toBool(), false);
        QVERIFY(!controller.errorMessage().isEmpty());
        QVERIFY(!controller.busy());
    }
};

QTEST_GUILESS_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
