// SPDX-License-Identifier: GPL-3.0-or-later
// syncbench: sync figures against a real pes-hub process on loopback.
//
//   syncbench [ORGANISATIONS] [DEVICES]
//
// Fills a replica with ORGANISATIONS demo organisations (default 20000) and
// pushes them to a fresh hub, then times: the initial sync of an empty
// replica (records/s and triples/s), a round trip of 1,000 changed records,
// and DEVICES (default 20) empty replicas pulling at once (as processes).
#include "demo/demodata.h"
#include "engine/syncengine.h"
#include "rdf/recordmapping.h"
#include "replica/replica.h"
#include "storage/sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace pes;

namespace {

QTextStream out(stdout);

QString run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PES_BIN_DIR) + u"/pes-hub"_s, arguments);
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

std::unique_ptr<Replica> device(const QString &path, const QString &network, const QUrl &hub,
                                const QString &token)
{
    auto replica = Replica::create(path, {network, u"Bench"_s});
    if (!replica)
        qFatal("%s", qPrintable(replica.error().message));
    if (!sync::SyncEngine::configure(**replica, hub, token))
        qFatal("cannot configure sync");
    return std::move(*replica);
}

sync::SyncReport syncOrDie(Replica &replica)
{
    sync::SyncEngine engine(replica);
    engine.setTimeout(600000);
    auto report = engine.sync();
    if (!report)
        qFatal("sync failed: %s", qPrintable(report.error().message));
    return *report;
}

qint64 tripleCount(Replica &replica)
{
    qint64 triples = 0;
    auto select = replica.database().prepare(u"SELECT iri FROM record WHERE deleted IS NULL"_s);
    QStringList iris;
    {
        sql::Query query(**select);
        while (query->next().value_or(false))
            iris.append(query->text(0));
    }
    for (const QString &iri : std::as_const(iris))
        triples += rdf::recordToStatements(*replica.record(iri)).size() - 5; // without bookkeeping
    return triples;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"org.pes.*.info=false"_s);
    const int organisations = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    const int devices = argc > 2 ? QByteArray(argv[2]).toInt() : 20;
    const QString network = u"https://bench.example.org"_s;
    QTemporaryDir folder;
    const QString data = folder.path() + u"/hub"_s;
    run({u"network"_s, u"add"_s, u"--data"_s, data, u"--iri"_s, network, u"--name"_s, u"Bench"_s});
    const QString writerToken = run({u"token"_s, u"create"_s, u"--data"_s, data, u"--network"_s,
                                     network, u"--device"_s, u"writer"_s});
    const QString readerToken = run({u"token"_s, u"create"_s, u"--data"_s, data, u"--network"_s,
                                     network, u"--device"_s, u"reader"_s});

    QProcess hub;
    hub.start(QStringLiteral(PES_BIN_DIR) + u"/pes-hub"_s,
              {u"serve"_s, u"--data"_s, data, u"--listen"_s, u"127.0.0.1:0"_s});
    hub.waitForReadyRead(10000);
    const QByteArray line = hub.readAllStandardOutput();
    const QUrl url(QString::fromUtf8(line.mid(line.indexOf("http")).trimmed()));

    auto writer = device(folder.path() + u"/writer.sqlite"_s, network, url, writerToken);
    QElapsedTimer timer;
    timer.start();
    DemoOptions options;
    options.organisations = organisations;
    options.related = false;
    if (!generateDemoData(*writer, options))
        qFatal("demo data failed");
    out << "demo data: " << organisations << " organisations in " << timer.elapsed() << " ms"
        << Qt::endl;

    timer.restart();
    const auto upload = syncOrDie(*writer);
    const qint64 uploadMs = timer.elapsed();
    out << "first push: " << upload.applied << " operations in " << uploadMs << " ms ("
        << qint64(upload.applied * 1000.0 / std::max<qint64>(uploadMs, 1)) << " operations/s)"
        << Qt::endl;

    auto reader = device(folder.path() + u"/reader.sqlite"_s, network, url, readerToken);
    timer.restart();
    const auto initial = syncOrDie(*reader);
    const qint64 initialMs = timer.elapsed();
    const qint64 triples = tripleCount(*reader);
    out << "initial sync into an empty replica: " << initial.pulled << " records, " << triples
        << " triples in " << initialMs << " ms ("
        << qint64(initial.pulled * 1000.0 / std::max<qint64>(initialMs, 1)) << " records/s, "
        << qint64(triples * 1000.0 / std::max<qint64>(initialMs, 1)) << " triples/s)" << Qt::endl;

    // 1,000 changed records: edited on the writer, pushed, pulled by the reader.
    QStringList iris;
    {
        auto select =
            writer->database().prepare(u"SELECT iri FROM record ORDER BY id LIMIT 1000"_s);
        sql::Query query(**select);
        while (query->next().value_or(false))
            iris.append(query->text(0));
    }
    {
        auto scope = writer->beginChange(u"Bench edits"_s);
        for (const QString &iri : std::as_const(iris))
            (void)writer->update(iri, {{u"description"_s, u"Changed for the benchmark"_s}});
        (void)scope->commit();
    }
    timer.restart();
    const auto push = syncOrDie(*writer);
    const qint64 pushMs = timer.elapsed();
    timer.restart();
    const auto pull = syncOrDie(*reader);
    const qint64 pullMs = timer.elapsed();
    out << "incremental: " << push.applied << " changed records pushed (with the echo pulled) in "
        << pushMs << " ms; pulled by another device in " << pullMs << " ms (" << pull.pulled
        << " records); round trip " << pushMs + pullMs << " ms" << Qt::endl;

    // Many devices pulling everything at once, as separate processes.
    if (devices > 0) {
        QList<QProcess *> processes;
        for (int i = 0; i < devices; ++i) {
            const QString path = folder.path() + u"/d%1.sqlite"_s.arg(i);
            const QString token = run({u"token"_s, u"create"_s, u"--data"_s, data, u"--network"_s,
                                       network, u"--device"_s, u"d%1"_s.arg(i)});
            auto made = device(path, network, url, token);
        }
        timer.restart();
        for (int i = 0; i < devices; ++i) {
            auto *process = new QProcess(&app);
            process->start(QStringLiteral(PES_BIN_DIR) + u"/pes"_s,
                           {u"--replica"_s, folder.path() + u"/d%1.sqlite"_s.arg(i), u"sync"_s});
            processes.append(process);
        }
        int failed = 0;
        for (QProcess *process : std::as_const(processes)) {
            process->waitForFinished(-1);
            failed += process->exitCode() != 0;
        }
        out << devices << " devices pulling " << initial.pulled
            << " records at once: " << timer.elapsed() << " ms for all, " << failed << " failed"
            << Qt::endl;
    }
    hub.terminate();
    hub.waitForFinished(5000);
    return 0;
}
