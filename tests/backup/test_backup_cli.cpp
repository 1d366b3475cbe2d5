// SPDX-License-Identifier: GPL-3.0-or-later
// `pes backup` and `pes restore`, run as real processes on real files.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBackupCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;

    Run pes(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(PES_BIN_DIR "/pes"), arguments);
        if (!process.waitForFinished(120000))
            qFatal("pes did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QJsonObject stats(const QString &replica)
    {
        const Run run = pes({u"--replica"_s, replica, u"stats"_s, u"--json"_s});
        QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        object.remove(u"fileSize"_s);
        return object;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void backupAndRestore()
    {
        const QString replica = path(u"replica.sqlite"_s);
        Run run = pes({u"--replica"_s, replica, u"init"_s, u"--network-iri"_s,
                       u"https://mesclun.example.org"_s, u"--network-name"_s, u"Mesclun"_s});
        QCOMPARE(run.code, 0);
        QCOMPARE(
            pes({u"--replica"_s, replica, u"demo"_s, u"--organisations"_s, u"30"_s, u"--quiet"_s})
                .code,
            0);

        const QString file = path(u"mesclun.pesbackup"_s);
        run = pes({u"backup"_s, u"-o"_s, file, u"--replica"_s, replica});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"Backed up"_s));
        QVERIFY(run.out.contains(u"Mesclun"_s));

        run = pes({u"restore"_s, file, u"--check"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"is a sound backup"_s));

        const QString restored = path(u"restored.sqlite"_s);
        run = pes({u"restore"_s, file, u"--replica"_s, restored});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(stats(restored), stats(replica));

        // Over an existing replica: refused without --force, kept with it.
        run = pes({u"restore"_s, file, u"--replica"_s, replica});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"--force"_s), qPrintable(run.err));
        run = pes({u"--replica"_s, replica, u"restore"_s, file, u"--force"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"The replaced replica is kept in"_s));
        run = pes({u"--replica"_s, replica, u"backup"_s, u"--list"_s});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out.count(u".pesbackup"_s), 1);
    }

    void refusesABadFile()
    {
        const QString bad = path(u"notes.pesbackup"_s);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a backup at all, but long enough to be looked at");
        file.close();
        const Run run = pes({u"restore"_s, bad, u"--replica"_s, path(u"never.sqlite"_s)});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"not a ZIP archive"_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(path(u"never.sqlite"_s)));
    }

    // Records still come back from the trash with "pes restore IRI".
    void restoresARecordFromTheTrash()
    {
        const QString replica = path(u"trash.sqlite"_s);
        QCOMPARE(pes({u"--replica"_s, replica, u"init"_s, u"--network-iri"_s,
                      u"https://mesclun.example.org"_s, u"--network-name"_s, u"Mesclun"_s})
                     .code,
                 0);
        const QString iri = pes({u"--replica"_s, replica, u"add"_s, u"organisation"_s, u"--field"_s,
                                 u"name=Les Amis du Vélo"_s})
                                .out.trimmed();
        QCOMPARE(pes({u"--replica"_s, replica, u"delete"_s, iri}).code, 0);
        QVERIFY(pes({u"--replica"_s, replica, u"show"_s, iri}).out.contains(u"in the trash"_s));
        const Run run = pes({u"--replica"_s, replica, u"restore"_s, iri});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(!pes({u"--replica"_s, replica, u"show"_s, iri}).out.contains(u"in the trash"_s));
    }

    // An import takes an automatic backup first, which holds the replica as it was.
    void importBacksUpFirst()
    {
        const QString replica = path(u"import.sqlite"_s);
        QCOMPARE(pes({u"--replica"_s, replica, u"init"_s, u"--network-iri"_s,
                      u"https://reseau.example.org"_s, u"--network-name"_s, u"Démo"_s})
                     .code,
                 0);
        QCOMPARE(pes({u"--replica"_s, replica, u"add"_s, u"organisation"_s, u"--field"_s,
                      u"name=Avant l'import"_s})
                     .code,
                 0);
        const Run import = pes({u"--replica"_s, replica, u"import-rdf"_s,
                                QStringLiteral(PES_TEST_DATA "/rdf/every-kind.ttl")});
        const QStringList backups = pes({u"--replica"_s, replica, u"backup"_s, u"--list"_s})
                                        .out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(backups.size() == 1, qPrintable(import.err));
        QVERIFY(backups.first().contains(u"before-importing-every-kind-ttl"_s));

        const QString before = path(u"before-import.sqlite"_s);
        const QString file = backups.first().section(u" ("_s, 0, 0);
        QCOMPARE(pes({u"restore"_s, file, u"--replica"_s, before}).code, 0);
        QCOMPARE(stats(before).value(u"records"_s).toObject().value(u"organisation"_s).toInt(), 1);
    }

    void usage()
    {
        QCOMPARE(pes({u"backup"_s}).code, 2);
        QCOMPARE(pes({u"restore"_s}).code, 2);
        QCOMPARE(pes({u"restore"_s, u"--help"_s}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestBackupCli)
#include "test_backup_cli.moc"
