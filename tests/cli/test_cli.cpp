// SPDX-License-Identifier: GPL-3.0-or-later
// The `pes` program, run as a real process on real replica files.
#include "replica/replica.h"
#include "storage/schema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;
    QString m_replica;

    Run pes(const QStringList &arguments, const QString &replica = {})
    {
        QProcess process;
        process.start(QStringLiteral(PES_BIN_DIR "/pes"),
                      QStringList{u"--replica"_s, replica.isEmpty() ? m_replica : replica} +
                          arguments);
        if (!process.waitForFinished(120000))
            qFatal("pes did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QJsonObject stats()
    {
        const Run run = pes({u"stats"_s, u"--json"_s});
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

private Q_SLOTS:
    void init()
    {
        static int counter = 0;
        m_replica = m_dir.filePath(u"cli-%1.sqlite"_s.arg(++counter));
        const Run run = pes({u"init"_s, u"--network-iri"_s, u"https://mesclun.example.org"_s,
                             u"--network-name"_s, u"Mesclun"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
    }

    void addShowEditDelete()
    {
        Run run = pes({u"add"_s, u"organisation"_s, u"--field"_s, u"name=Les Amis du Vélo"_s,
                       u"--field"_s, u"city=Gap"_s, u"--field"_s, u"phone=04.92.00.11.22"_s});
        QCOMPARE(run.code, 0);
        const QString iri = run.out.trimmed();
        QVERIFY(iri.startsWith(u"https://mesclun.example.org/id/organisation/"_s));

        run = pes({u"show"_s, iri, u"--json"_s});
        QCOMPARE(run.code, 0);
        QJsonObject shown = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(shown.value(u"fields"_s).toObject().value(u"phone"_s).toString(),
                 u"04 92 00 11 22"_s);
        QCOMPARE(shown.value(u"version"_s).toInt(), 1);

        run =
            pes({u"edit"_s, iri, u"city=Briançon"_s, u"phone="_s, u"--visibility"_s, u"shared"_s});
        QCOMPARE(run.code, 0);
        shown = QJsonDocument::fromJson(pes({u"show"_s, iri, u"--json"_s}).out.toUtf8()).object();
        QCOMPARE(shown.value(u"fields"_s).toObject().value(u"city"_s).toString(), u"Briançon"_s);
        QVERIFY(!shown.value(u"fields"_s).toObject().contains(u"phone"_s));
        QCOMPARE(shown.value(u"visibility"_s).toString(), u"shared"_s);

        QCOMPARE(pes({u"delete"_s, iri}).code, 0);
        QVERIFY(pes({u"show"_s, iri}).out.contains(u"in the trash"_s));
        QCOMPARE(pes({u"undo"_s}).code, 0);
        QVERIFY(!pes({u"show"_s, iri}).out.contains(u"in the trash"_s));
        QCOMPARE(pes({u"redo"_s}).code, 0);
        QVERIFY(pes({u"show"_s, iri}).out.contains(u"in the trash"_s));
    }

    void badInputNamesTheProblemAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown kind")
            << QStringList{u"add"_s, u"cooperative"_s} << u"unknown kind"_s;
        QTest::newRow("unknown field")
            << QStringList{u"add"_s, u"organisation"_s, u"--field"_s, u"nom=X"_s}
            << u"no field “nom”"_s;
        QTest::newRow("invalid siret")
            << QStringList{u"add"_s,    u"organisation"_s, u"--field"_s,
                           u"name=X"_s, u"--field"_s,      u"siret=12345678901234"_s}
            << u"Luhn"_s;
        QTest::newRow("missing required")
            << QStringList{u"add"_s, u"exchange"_s, u"--field"_s, u"title=T"_s}
            << u"needs a value for “way”"_s;
        QTest::newRow("not an assignment")
            << QStringList{u"add"_s, u"organisation"_s, u"--field"_s, u"name"_s} << u"NAME=VALUE"_s;
        QTest::newRow("unknown record")
            << QStringList{u"edit"_s, u"https://mesclun.example.org/id/organisation/none"_s,
                           u"name=X"_s}
            << u"no record"_s;
        QTest::newRow("bad visibility")
            << QStringList{u"add"_s,     u"tag"_s,          u"--field"_s,
                           u"label=X"_s, u"--visibility"_s, u"secret"_s}
            << u"unknown visibility"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command"_s;
        QTest::newRow("nothing to undo") << QStringList{u"undo"_s} << u"nothing to undo"_s;
    }

    void badInputNamesTheProblemAndChangesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QJsonObject before = stats();
        const Run run = pes(arguments);
        QVERIFY(run.code != 0);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(stats(), before);
    }

    // docs/data-model.md is generated from the kinds; it must not fall behind them.
    void dataModelDocumentIsCurrent()
    {
        const Run run = pes({u"kinds"_s, u"--markdown"_s});
        QCOMPARE(run.code, 0);
        QFile file(QStringLiteral(PES_SOURCE_DIR "/docs/data-model.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList expected = QString::fromUtf8(file.readAll()).split(u'\n');
        const QStringList actual = run.out.split(u'\n');
        for (qsizetype i = 0; i < qMax(expected.size(), actual.size()); ++i) {
            const QString want = expected.value(i);
            const QString got = actual.value(i);
            QVERIFY2(want == got,
                     qPrintable(u"docs/data-model.md line %1 differs; regenerate it with "
                                u"`pes kinds --markdown`\n  doc: %2\n  now: %3"_s.arg(i + 1)
                                    .arg(want, got)));
        }
    }

    // Another program writing the replica while this process holds it open
    // through two connections (as the app does: the window, the search, the
    // sync): each connection sees the other program's changes, and nothing
    // written afterwards is lost. Opening the second connection used to read
    // the file's header with a separate descriptor, whose close dropped the
    // process's SQLite locks; the other program then reset the WAL under them.
    void anotherProgramWritingWhileTheReplicaIsOpen()
    {
        auto first = pes::Replica::open(m_replica);
        QVERIFY(first);
        auto second = pes::Replica::open(m_replica);
        QVERIFY(second);
        auto iri = (*first)->create(pes::Kind::Organisation, {{u"name"_s, u"Avant"_s}});
        QVERIFY(iri);

        // Another program reads, then changes the record, then adds one.
        QCOMPARE(pes({u"show"_s, *iri}).code, 0);
        Run run = pes({u"edit"_s, *iri, u"name=Modifiée ailleurs"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = pes({u"add"_s, u"organisation"_s, u"--field"_s, u"name=Ailleurs"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString elsewhere = run.out.trimmed();
        for (auto *replica : {first->get(), second->get()}) {
            QVERIFY(replica->record(elsewhere));
            QCOMPARE(replica->record(*iri)->title(), u"Modifiée ailleurs"_s);
        }

        // What this process writes next is there for everyone.
        auto after = (*second)->create(pes::Kind::Organisation, {{u"name"_s, u"Après"_s}});
        QVERIFY(after);
        run = pes({u"show"_s, *after});
        QVERIFY2(run.code == 0 && run.out.contains(u"Après"_s), qPrintable(run.out + run.err));
    }

    void missingReplica()
    {
        const Run run = pes({u"stats"_s}, m_dir.filePath(u"nowhere.sqlite"_s));
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"no replica at"_s));
        QVERIFY(!QFile::exists(m_dir.filePath(u"nowhere.sqlite"_s)));
    }

    void initRefusesExistingFile()
    {
        const Run run = pes({u"init"_s, u"--network-iri"_s, u"https://x.example.org"_s,
                             u"--network-name"_s, u"X"_s});
        QVERIFY(run.code != 0);
        QVERIFY(run.err.contains(u"already exists"_s));
    }

    void demoSearchStats()
    {
        Run run = pes({u"demo"_s, u"--organisations"_s, u"300"_s, u"--seed"_s, u"7"_s});
        QCOMPARE(run.code, 0);
        const QJsonObject counts = stats().value(u"records"_s).toObject();
        QCOMPARE(counts.value(u"organisation"_s).toInt(), 300);
        QCOMPARE(counts.value(u"person"_s).toInt(), 300);
        QVERIFY(counts.value(u"exchange"_s).toInt() > 0);
        QVERIFY(counts.value(u"event"_s).toInt() > 0);
        QCOMPARE(stats().value(u"schemaVersion"_s).toInt(), pes::schema::latestVersion);
        QVERIFY(stats().value(u"unsyncedOperations"_s).toInt() > 900);

        run = pes({u"search"_s, u"solidaire"_s, u"--kind"_s, u"organisation"_s, u"--limit"_s,
                   u"5"_s, u"--json"_s});
        QCOMPARE(run.code, 0);
        const QJsonArray hits = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY(!hits.isEmpty());
        QVERIFY(hits.size() <= 5);
        for (const QJsonValue &hit : hits)
            QCOMPARE(hit.toObject().value(u"kind"_s).toString(), u"organisation"_s);

        // The same seed gives the same content.
        const QString other = m_dir.filePath(u"other-seed7.sqlite"_s);
        QCOMPARE(pes({u"init"_s, u"--network-iri"_s, u"https://mesclun.example.org"_s,
                      u"--network-name"_s, u"Mesclun"_s},
                     other)
                     .code,
                 0);
        QCOMPARE(pes({u"demo"_s, u"--organisations"_s, u"300"_s, u"--seed"_s, u"7"_s}, other).code,
                 0);
        auto titles = [&](const QString &replica) {
            return pes({u"search"_s, u"marseille"_s, u"--limit"_s, u"50"_s}, replica)
                .out.split(u'\n')
                .filter(u"("_s);
        };
        QCOMPARE(titles(other), titles(m_replica));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
