// SPDX-License-Identifier: GPL-3.0-or-later
// Replica benchmark: bulk creation through the demo code path, search latency,
// open time and size on disk. Prints figures; docs/benchmarks.md records them.
#include "demo/demodata.h"
#include "replica/replica.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;
using namespace pes;

namespace {

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype index = qMin(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(index);
}

// Queries a person would type: the start of a word (3 to 8 letters) from the
// kind of words the directory holds, sometimes two words, sometimes a filter.
QList<SearchQuery> makeQueries(int count)
{
    const QStringList words = {
        u"marseille"_s,   u"solidaire"_s, u"jardins"_s,      u"velo"_s,      u"cooperative"_s,
        u"association"_s, u"economie"_s,  u"reemploi"_s,     u"insertion"_s, u"toulon"_s,
        u"avignon"_s,     u"nice"_s,      u"alimentation"_s, u"energies"_s,  u"culture"_s,
        u"numerique"_s,   u"habitat"_s,   u"ressourcerie"_s, u"epicerie"_s,  u"provence"_s,
        u"durance"_s,     u"paysans"_s,   u"scop"_s,         u"mutuelle"_s,  u"citoyens"_s,
        u"education"_s,   u"sante"_s,     u"mobilites"_s,    u"tourisme"_s,  u"gap"_s};
    std::mt19937 random(42);
    QList<SearchQuery> queries;
    for (int i = 0; i < count; ++i) {
        auto word = [&] {
            const QString w = words.at(int(random() % words.size()));
            return w.left(3 + int(random() % 6));
        };
        SearchQuery query;
        query.text = word();
        if (i % 4 == 0)
            query.text += u' ' + word();
        if (i % 5 == 0)
            query.kinds = {Kind::Organisation};
        if (i % 10 == 0)
            query.place = u"13"_s;
        query.limit = 50;
        queries.append(query);
    }
    return queries;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures the replica: bulk creation, search, open, size."_s);
    parser.addHelpOption();
    const QCommandLineOption organisations(u"organisations"_s, u"Organisations (default 200000)."_s,
                                           u"N"_s, u"200000"_s);
    const QCommandLineOption queries(u"queries"_s, u"Search queries (default 1000)."_s, u"N"_s,
                                     u"1000"_s);
    const QCommandLineOption keep(u"keep"_s, u"Keep the replica at this path."_s, u"PATH"_s);
    parser.addOptions({organisations, queries, keep});
    parser.process(app);

    QTemporaryDir dir;
    const QString path = parser.isSet(keep) ? parser.value(keep) : dir.filePath(u"bench.sqlite"_s);
    QFile::remove(path);
    const int count = parser.value(organisations).toInt();

    std::printf("PES Desktop replica benchmark (%d organisations)\n", count);
    auto created = Replica::create(path, {u"https://bench.example.org"_s, u"Bench"_s});
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
        return 1;
    }
    std::unique_ptr<Replica> replica = std::move(*created);

    QElapsedTimer timer;
    timer.start();
    auto demo = generateDemoData(*replica, {.organisations = count, .seed = 1, .related = false});
    if (!demo) {
        std::fprintf(stderr, "%s\n", qPrintable(demo.error().message));
        return 1;
    }
    const double createSeconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("create organisations:  %.2f s, %.0f rows/s (target: under 10 s)\n", createSeconds,
                count / createSeconds);

    const QList<SearchQuery> queryList = makeQueries(parser.value(queries).toInt());
    QList<double> latencies;
    qint64 totalHits = 0;
    for (const SearchQuery &query : queryList) {
        timer.restart();
        auto hits = replica->search(query);
        latencies.append(double(timer.nsecsElapsed()) / 1e6);
        if (!hits) {
            std::fprintf(stderr, "%s\n", qPrintable(hits.error().message));
            return 1;
        }
        totalHits += hits->size();
    }
    std::printf("search, %lld queries:  p50 %.2f ms, p95 %.2f ms, max %.2f ms, %.1f hits/query "
                "(target: p95 under 20 ms)\n",
                qlonglong(latencies.size()), percentile(latencies, 0.5),
                percentile(latencies, 0.95), percentile(latencies, 1.0),
                double(totalHits) / double(qMax(1, int(latencies.size()))));

    replica.reset();
    QList<double> openTimes;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        auto reopened = Replica::open(path);
        if (!reopened)
            return 1;
        auto first = (*reopened)->search({.kinds = {Kind::Organisation}, .limit = 50});
        openTimes.append(double(timer.nsecsElapsed()) / 1e6);
        if (!first || first->isEmpty())
            return 1;
    }
    std::printf("open + first page:     median %.1f ms over 5 (target: under 200 ms)\n",
                percentile(openTimes, 0.5));

    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
    std::printf("size on disk:          %.1f MB (%.0f bytes per organisation)\n", bytes / 1e6,
                double(bytes) / qMax(1, count));
    return 0;
}
