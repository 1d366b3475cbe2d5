// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long inspecting each Access fixture takes and how fast rows are
// read through the worker (the largest table, read repeatedly).
#include "access/importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace pes;
using namespace pes::access;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QDir data(QStringLiteral(PES_TEST_DATA "/access"));
    AccessReader reader;

    QString largestFile, largestTable;
    qint64 largestCells = 0;
    for (const QString &name :
         data.entryList({u"*.mdb"_s, u"*.accdb"_s}, QDir::Files, QDir::Name)) {
        QElapsedTimer timer;
        timer.start();
        auto inspection = reader.inspect(data.filePath(name));
        const qint64 ms = timer.elapsed();
        if (!inspection) {
            std::printf("%-36s  error: %s\n", qPrintable(name),
                        qPrintable(inspection.error().message));
            continue;
        }
        std::printf("%-36s  %-6s  %2lld tables  inspected in %4lld ms\n", qPrintable(name),
                    qPrintable(inspection->format), qlonglong(inspection->tables.size()),
                    qlonglong(ms));
        for (const AccessTable &t : inspection->tables) {
            if (t.rows * t.columns.size() > largestCells) {
                largestCells = t.rows * t.columns.size();
                largestFile = name;
                largestTable = t.name;
            }
        }
    }

    const int rounds = 20;
    qint64 rows = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < rounds; ++i) {
        const Status status =
            reader.read(data.filePath(largestFile), {largestTable},
                        [&](const QString &, const QStringList &, const AccessRow &) {
                            ++rows;
                            return Status{};
                        });
        if (!status) {
            std::printf("error: %s\n", qPrintable(status.error().message));
            return 1;
        }
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("\nlargest table: %s in %s; %lld rows read in %d worker runs: %.1f ms per run, "
                "%.0f rows/s including process start\n",
                qPrintable(largestTable), qPrintable(largestFile), qlonglong(rows), rounds,
                seconds * 1000 / rounds, rows / seconds);

    // Import speed: the emoji table's rows as people, then a re-run that changes nothing.
    QTemporaryDir dir;
    auto replica = Replica::create(dir.filePath(u"bench.sqlite"_s),
                                   {u"https://reseau.example/"_s, u"Bench"_s});
    if (!replica) {
        std::printf("error: %s\n", qPrintable(replica.error().message));
        return 1;
    }
    ImportMapping mapping;
    mapping.source = u"access:bench"_s;
    TableMapping people;
    people.table = u"data"_s;
    people.kind = Kind::Person;
    people.key = {u"key"_s};
    people.fields.insert(u"data"_s, u"familyName"_s);
    mapping.tables.append(people);
    const QString file = data.filePath(u"testEmoticonsV2010.accdb"_s);
    for (const char *run : {"first import", "re-run"}) {
        QElapsedTimer importTimer;
        importTimer.start();
        auto report = importAccess(**replica, file, mapping);
        if (!report) {
            std::printf("error: %s\n", qPrintable(report.error().message));
            return 1;
        }
        const double s = double(importTimer.nsecsElapsed()) / 1e9;
        const qint64 imported = report->total(&TableReport::rows);
        std::printf("%s: %lld rows (%lld created, %lld unchanged) in %.0f ms: %.0f rows/s\n", run,
                    qlonglong(imported), qlonglong(report->total(&TableReport::created)),
                    qlonglong(report->total(&TableReport::unchanged)), s * 1000, imported / s);
    }
    return 0;
}
