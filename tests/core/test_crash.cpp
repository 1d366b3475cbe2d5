// SPDX-License-Identifier: GPL-3.0-or-later
// A process writing to the replica is killed with SIGKILL in the middle of its
// transactions; the replica must open intact, with every committed batch whole
// and no trace of the batch that was cut.
#include "replica/replica.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pes;

class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesNothingCommitted_data()
    {
        QTest::addColumn<int>("delayMs");
        for (int delay : {150, 400, 900, 1500, 2500})
            QTest::addRow("kill after %d ms", delay) << delay;
    }

    void killedWriterLosesNothingCommitted()
    {
        QFETCH(int, delayMs);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"replica.sqlite"_s);
        {
            auto replica = Replica::create(path, {u"https://apeas.example.org"_s, u"APEAS"_s});
            QVERIFY(replica);
            QVERIFY((*replica)->create(Kind::Organisation, {{u"name"_s, u"Avant le crash"_s}}));
        }

        QProcess writer;
        writer.start(QStringLiteral(PES_BIN_DIR "/crashwriter"), {path});
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        QTest::qWait(delayMs + int(QRandomGenerator::global()->bounded(100)));
        writer.kill(); // SIGKILL
        QVERIFY(writer.waitForFinished());
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        // Batches the writer reported as committed.
        QMap<int, int> committed;
        static const QRegularExpression line(u"^committed (\\d+) (\\d+)$"_s);
        for (const QByteArray &raw : writer.readAllStandardOutput().split('\n')) {
            const auto match = line.match(QString::fromUtf8(raw));
            if (match.hasMatch())
                committed.insert(match.captured(1).toInt(), match.captured(2).toInt());
        }
        QVERIFY2(!committed.isEmpty(), "the writer committed nothing before the kill");

        auto replica = Replica::open(path);
        QVERIFY2(replica, qPrintable(replica ? QString() : replica.error().message));
        auto integrity = (*replica)->database().scalar(u"PRAGMA integrity_check"_s);
        QVERIFY(integrity);
        QCOMPARE(integrity->toString(), u"ok"_s);
        QCOMPARE((*replica)->search({.text = u"avant crash"_s})->size(), 1);

        // Count the records of each batch: whole or absent, never partial.
        auto perBatch = (*replica)->database().prepare(
            u"SELECT CAST(substr(name, 7, instr(substr(name, 7), '-') - 1) AS INTEGER) AS batch, "
            u"count(*) FROM (SELECT json_extract(fields, '$.name') AS name FROM record "
            u"WHERE name LIKE 'batch-%') GROUP BY batch"_s);
        QVERIFY(perBatch);
        sql::Query query(**perBatch);
        QMap<int, int> stored;
        while (*query->next())
            stored.insert(int(query->integer(0)), int(query->integer(1)));

        for (auto it = committed.cbegin(); it != committed.cend(); ++it)
            QCOMPARE(stored.value(it.key()), it.value()); // every reported batch is there, whole
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            const int size = 1 + it.key() % 50;
            QCOMPARE(it.value(), size); // at most the batch committed just before the kill
            QVERIFY(it.key() <= committed.lastKey() + 1);
        }

        // And the replica is writable again.
        QVERIFY((*replica)->create(Kind::Organisation, {{u"name"_s, u"Après le crash"_s}}));
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "test_crash.moc"
