// SPDX-License-Identifier: GPL-3.0-or-later
// `pes inspect-access` and `pes import-access`, run as real processes.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run pes(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PES_BIN_DIR "/pes"), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString fixture(const QString &name)
{
    return QStringLiteral(PES_TEST_DATA "/access/") + name;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestAccessCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void inspectText()
    {
        const Run run = pes({u"inspect-access"_s, fixture(u"linkerTestV2007.accdb"_s)});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"Format: ACE12"_s));
        QVERIFY(run.out.contains(u"Linked table Table2 -> Table1 in "_s));
        QVERIFY(run.out.contains(u"Table2(Field1) -> Table1(Field1)"_s));
    }

    void inspectJson()
    {
        const Run run = pes({u"inspect-access"_s, fixture(u"testV1997.mdb"_s), u"--json"_s});
        QCOMPARE(run.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(u"format"_s).toString(), u"Jet3"_s);
        QCOMPARE(json.value(u"encoding"_s).toString(), u"CP1252"_s);
        QCOMPARE(json.value(u"tables"_s).toArray().size(), 4);
    }

    void inspectBadFile()
    {
        const QString path = m_dir.filePath(u"notes.mdb"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
        file.close();
        const Run run = pes({u"inspect-access"_s, path});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"pes inspect-access: "_s));
        QVERIFY(run.err.contains(u"not a Microsoft Access database"_s));
    }

    void mapRehearseImportRerun()
    {
        const QString replica = m_dir.filePath(u"replica.sqlite"_s);
        QCOMPARE(pes({u"--replica"_s, replica, u"init"_s, u"--network-iri"_s,
                      u"https://reseau.example/"_s, u"--network-name"_s, u"Réseau"_s})
                     .code,
                 0);

        // Suggested mapping for a file whose names mean nothing to the suggester: nothing mapped.
        const QString suggested = m_dir.filePath(u"suggested.json"_s);
        const Run write = pes({u"--replica"_s, replica, u"import-access"_s,
                               fixture(u"testV2007.accdb"_s), u"--write-mapping"_s, suggested});
        QCOMPARE(write.code, 0);
        QVERIFY(QFile::exists(suggested));
        QCOMPARE(readJson(suggested).value(u"source"_s).toString(), u"access:testV2007.accdb"_s);

        const QString mapping =
            QStringLiteral(PES_TEST_DATA "/access/mappings/testV2007-organisations.json");
        const QString report = m_dir.filePath(u"report.json"_s);
        const QString rejects = m_dir.filePath(u"rejects.csv"_s);
        const Run dry = pes({u"--replica"_s, replica, u"import-access"_s,
                             fixture(u"testV2007.accdb"_s), u"--mapping"_s, mapping, u"--dry-run"_s,
                             u"--report"_s, report, u"--rejects"_s, rejects});
        QCOMPARE(dry.code, 0);
        QVERIFY(dry.out.contains(u"Dry run"_s));
        QVERIFY(readJson(report).value(u"dryRun"_s).toBool());
        QCOMPARE(readJson(report).value(u"totals"_s).toObject().value(u"created"_s).toInt(), 2);
        QVERIFY(QFile::exists(rejects));
        QVERIFY(
            pes({u"--replica"_s, replica, u"stats"_s}).out.contains(u"organisation"_s) == false ||
            !pes({u"--replica"_s, replica, u"search"_s, u"abcdefg"_s}).out.contains(u"abcdefg"_s));

        const Run real =
            pes({u"--replica"_s, replica, u"import-access"_s, fixture(u"testV2007.accdb"_s),
                 u"--mapping"_s, mapping, u"--report"_s, report});
        QCOMPARE(real.code, 0);
        QVERIFY(real.err.contains(u"2/2 rows"_s)); // progress
        QCOMPARE(readJson(report).value(u"totals"_s).toObject().value(u"created"_s).toInt(), 2);
        QVERIFY(
            pes({u"--replica"_s, replica, u"search"_s, u"abcdefg"_s}).out.contains(u"abcdefg"_s));

        const Run again =
            pes({u"--replica"_s, replica, u"import-access"_s, fixture(u"testV2007.accdb"_s),
                 u"--mapping"_s, mapping, u"--report"_s, report});
        QCOMPARE(again.code, 0);
        const QJsonObject totals = readJson(report).value(u"totals"_s).toObject();
        QCOMPARE(totals.value(u"created"_s).toInt(), 0);
        QCOMPARE(totals.value(u"unchanged"_s).toInt(), 2);
    }

    void importNeedsAMapping()
    {
        const QString replica = m_dir.filePath(u"replica2.sqlite"_s);
        pes({u"--replica"_s, replica, u"init"_s, u"--network-iri"_s, u"https://reseau.example/"_s,
             u"--network-name"_s, u"Réseau"_s});
        const Run run = pes({u"--replica"_s, replica, u"import-access"_s, fixture(u"empty.mdb"_s)});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(u"--write-mapping"_s));
    }
};

QTEST_GUILESS_MAIN(TestAccessCli)
#include "test_accesscli.moc"
