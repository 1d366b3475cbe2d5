// SPDX-License-Identifier: GPL-3.0-or-later
// pes import-rdf and pes export-rdf, run as real processes.
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

Run pes(const QTemporaryDir &dir, const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(PES_BIN_DIR "/pes"));
    process.setArguments(QStringList{u"--replica"_s, dir.filePath(u"r.sqlite"_s)} + arguments);
    process.start();
    process.waitForFinished(120000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString data(const QString &name)
{
    return QStringLiteral(PES_TEST_DATA "/rdf/") + name;
}

} // namespace

class TestRdfCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importThenExport()
    {
        QTemporaryDir dir;
        QCOMPARE(pes(dir, {u"init"_s, u"--network-iri"_s, u"https://reseau.example.org"_s,
                           u"--network-name"_s, u"Démo"_s})
                     .code,
                 0);
        const QString reportPath = dir.filePath(u"report.json"_s);
        Run imported =
            pes(dir, {u"import-rdf"_s, data(u"semantic-errors.ttl"_s), u"--report"_s, reportPath});
        QCOMPARE(imported.code, 0);
        QVERIFY2(imported.out.contains(u"created: 2"_s), qPrintable(imported.out));
        QVERIFY(imported.out.contains(u"mauvais-courriel"_s));
        QFile report(reportPath);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(report.readAll()).object();
        QCOMPARE(json.value(u"created"_s).toInt(), 2);
        QCOMPARE(json.value(u"rejected"_s).toArray().size(), 3);

        Run json2 = pes(dir, {u"import-rdf"_s, u"--json"_s, data(u"semantic-errors.ttl"_s)});
        QCOMPARE(QJsonDocument::fromJson(json2.out.toUtf8()).object().value(u"unchanged"_s).toInt(),
                 2);

        const QString out = dir.filePath(u"out.nt"_s);
        Run exported = pes(dir, {u"export-rdf"_s, u"-o"_s, out, u"--public"_s});
        QCOMPARE(exported.code, 0);
        QVERIFY2(exported.err.contains(u"Exported 2 records"_s), qPrintable(exported.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("<https://reseau.example.org/id/organisation/"));

        Run stdoutExport =
            pes(dir, {u"export-rdf"_s, u"--format"_s, u"turtle"_s, u"--kind"_s, u"organisation"_s});
        QCOMPARE(stdoutExport.code, 0);
        QVERIFY(stdoutExport.out.startsWith(u"@prefix"_s));
    }

    void errorsExitNonZero()
    {
        QTemporaryDir dir;
        pes(dir, {u"init"_s, u"--network-iri"_s, u"https://reseau.example.org"_s,
                  u"--network-name"_s, u"Démo"_s});
        Run syntax = pes(dir, {u"import-rdf"_s, data(u"syntax-error.ttl"_s)});
        QCOMPARE(syntax.code, 1);
        QVERIFY2(syntax.err.contains(u"syntax-error.ttl:11:"_s), qPrintable(syntax.err));

        Run strict = pes(dir, {u"import-rdf"_s, u"--strict"_s, data(u"semantic-errors.ttl"_s)});
        QCOMPARE(strict.code, 1);
        QVERIFY(strict.err.contains(u"nothing imported"_s));

        Run format = pes(dir, {u"import-rdf"_s, dir.filePath(u"data.rdf"_s)});
        QCOMPARE(format.code, 2);
        QVERIFY(format.err.contains(u"--format"_s));

        Run visibility = pes(dir, {u"export-rdf"_s, u"--visibility"_s, u"secret"_s});
        QCOMPARE(visibility.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestRdfCli)
#include "test_rdfcli.moc"
