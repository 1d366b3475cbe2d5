// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long inspecting each Access fixture takes and how fast rows are
// read through the worker (the largest table, read repeatedly), and how fast
// attachment data is decoded and files are found in OLE objects.
#include "access/accessvalues.h"
#include "access/embeddedfiles.h"
#include "access/importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
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

    // Attachments: a 32 MB file, compressed as Access does, decoded; then a
    // 16 MB picture found behind an OLE header.
    QByteArray content(32 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator random(42);
    for (qsizetype i = 0; i < content.size(); ++i)
        content[i] = char('a' + random.bounded(8)); // compresses about 2.5:1
    const QByteArray header = QByteArray::fromHex("1400000001000000040000007400780074000000");
    const QByteArray zlib = qCompress(header + content).mid(4); // without Qt's length prefix
    QByteArray stored = QByteArray::fromHex("01000000");
    const quint32 length = quint32(header.size() + content.size());
    for (int shift = 0; shift < 32; shift += 8)
        stored.append(char((length >> shift) & 0xff));
    stored += zlib;
    QElapsedTimer decodeTimer;
    decodeTimer.start();
    auto decoded = decodeAttachmentData(stored);
    const double decodeSeconds = double(decodeTimer.nsecsElapsed()) / 1e9;
    if (!decoded || decoded->content != content) {
        std::printf("error: the attachment did not come back whole\n");
        return 1;
    }
    std::printf("attachment: %lld MB decompressed from %lld MB in %.0f ms: %.0f MB/s\n",
                qlonglong(content.size() >> 20), qlonglong(stored.size() >> 20),
                decodeSeconds * 1000, (content.size() >> 20) / decodeSeconds);

    QByteArray ole = QByteArray(200, '\x01') + "\xFF\xD8\xFF\xE0" + content.left(16 * 1024 * 1024) +
                     "\xFF\xD9" + QByteArray(8, '\0');
    QElapsedTimer oleTimer;
    oleTimer.start();
    auto picture = extractOleFile(ole, u"Logo"_s);
    const double oleSeconds = double(oleTimer.nsecsElapsed()) / 1e9;
    if (!picture) {
        std::printf("error: %s\n", qPrintable(picture.error().message));
        return 1;
    }
    std::printf("OLE object: a %lld MB JPEG found in %.0f ms\n",
                qlonglong(picture->content.size() >> 20), oleSeconds * 1000);
    return 0;
}
