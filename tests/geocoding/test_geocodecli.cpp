// SPDX-License-Identifier: GPL-3.0-or-later
// `pes geocode` as a real process against a BAN-format server on loopback.
#include "banserver.h"
#include "replica/replica.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pes;

class TestGeocodeCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void allMissing();
    void dryRunAndJson();
    void namedRecordAndUsage();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    // Runs pes without blocking the event loop, which serves the requests.
    Run pes(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::BanServer> m_server;
    QString m_path;
    QString m_sure, m_weak, m_garbage, m_unknown;
};

void TestGeocodeCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"replica.sqlite"_s);
    auto replica = Replica::create(m_path, {u"https://reseau.example.org"_s, u"Réseau"_s});
    QVERIFY(replica);
    auto add = [&](const QString &name, const QString &street, const QString &city) {
        return (*replica)
            ->create(Kind::Organisation,
                     {{u"name"_s, name}, {u"street"_s, street}, {u"city"_s, city}})
            .value_or(QString());
    };
    m_sure = add(u"Sûre"_s, u"12 La Canebière"_s, u"Marseille"_s);
    m_weak = add(u"Floue"_s, u"Rue Vague"_s, u"Marseille"_s);
    m_garbage = add(u"Brouillée"_s, u"Rue Charabia"_s, u"Arles"_s);
    m_unknown = add(u"Inconnue"_s, u"Nulle part"_s, u"Ici"_s);
    QVERIFY(!m_unknown.isEmpty());
    m_server = std::make_unique<test::BanServer>();
    QVERIFY(m_server->listen());
}

void TestGeocodeCli::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

TestGeocodeCli::Run TestGeocodeCli::pes(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"PES_GEOCODING_URL"_s);
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(PES_BIN_DIR "/pes"),
                  QStringList{u"--replica"_s, m_path} + arguments);
    if (!finished.wait(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestGeocodeCli::allMissing()
{
    const Run run = pes({u"geocode"_s, u"--all-missing"_s, u"--service"_s,
                         m_server->url().toString(), u"--min-score"_s, u"0.5"_s});
    // A record that failed makes the exit code 1, after the others were written.
    QCOMPARE(run.code, 1);
    QVERIFY2(
        run.out.contains(u"Located 1, uncertain 1, not found 1, without address 0, failed 1."_s),
        qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(u"Failed: Brouillée: the geocoding service's answer is not JSON"_s),
             qPrintable(run.out));
    QVERIFY2(run.err.contains(u"[4/4] Inconnue: not found"_s), qPrintable(run.err));
    QVERIFY(run.err.contains(u"Floue: uncertain, not written"_s));

    auto replica = Replica::open(m_path);
    QVERIFY(replica);
    auto sure = (*replica)->record(m_sure);
    QCOMPARE(sure->fields.value(u"latitude"_s).toDouble(), 43.297564);
    QVERIFY(!(*replica)->record(m_weak)->fields.contains(u"latitude"_s));
    QVERIFY(!(*replica)->record(m_garbage)->fields.contains(u"latitude"_s));
    replica->reset();

    // Run again: only the three still missing are asked; `pes undo` reverts the first batch.
    const int before = int(m_server->requests().size());
    const Run again = pes({u"geocode"_s, u"--all-missing"_s, u"--service"_s,
                           m_server->url().toString(), u"--min-score"_s, u"0.2"_s});
    QCOMPARE(again.code, 1);
    QCOMPARE(m_server->requests().size(), before + 3);
    QVERIFY2(again.out.contains(u"Located 1, uncertain 0, not found 1"_s), qPrintable(again.out));
    QCOMPARE(pes({u"undo"_s}).code, 0);
    QCOMPARE(pes({u"undo"_s}).code, 0);
    replica = Replica::open(m_path);
    QVERIFY(!(*replica)->record(m_sure)->fields.contains(u"latitude"_s));
    QVERIFY(!(*replica)->record(m_weak)->fields.contains(u"latitude"_s));
}

void TestGeocodeCli::dryRunAndJson()
{
    const Run run = pes({u"geocode"_s, u"--all-missing"_s, u"--dry-run"_s, u"--json"_s,
                         u"--service"_s, m_server->url().toString()});
    QCOMPARE(run.code, 1);
    const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(summary.value(u"located"_s).toInt(), 1);
    QCOMPARE(summary.value(u"uncertain"_s).toInt(), 1);
    QCOMPARE(summary.value(u"not-found"_s).toInt(), 1);
    QCOMPARE(summary.value(u"failed"_s).toInt(), 1);
    QCOMPARE(summary.value(u"written"_s).toInt(), 0);
    QCOMPARE(summary.value(u"results"_s).toArray().first()[u"score"_s].toDouble(), 0.93);
    auto replica = Replica::open(m_path);
    QVERIFY(!(*replica)->record(m_sure)->fields.contains(u"latitude"_s));
}

void TestGeocodeCli::namedRecordAndUsage()
{
    const Run run = pes({u"geocode"_s, m_sure, u"--service"_s, m_server->url().toString()});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(u"Wrote the coordinates of 1 record(s)"_s), qPrintable(run.out));
    QCOMPARE(m_server->requests().size(), 1);

    QCOMPARE(pes({u"geocode"_s, u"--service"_s, m_server->url().toString()}).code, 2);
    QCOMPARE(pes({u"geocode"_s, u"--all-missing"_s, m_sure}).code, 2);
    const Run badScore = pes({u"geocode"_s, u"--all-missing"_s, u"--min-score"_s, u"2"_s});
    QCOMPARE(badScore.code, 2);
    QVERIFY(badScore.err.contains(u"--min-score"_s));
    const Run badService = pes({u"geocode"_s, m_sure, u"--service"_s, u"nowhere"_s});
    QCOMPARE(badService.code, 2); // a wrong argument
    QVERIFY2(badService.err.contains(u"not a geocoding service address"_s),
             qPrintable(badService.err));
    QCOMPARE(m_server->requests().size(), 1);
}

QTEST_GUILESS_MAIN(TestGeocodeCli)
#include "test_geocodecli.moc"
