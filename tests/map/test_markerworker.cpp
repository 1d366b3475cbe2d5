// SPDX-License-Identifier: GPL-3.0-or-later
// The map's MarkerWorker against a real temporary replica: the index is loaded
// and filtered in the worker's thread, requests are coalesced to the latest,
// a pending reload survives a newer filter-only request, and the records
// changed by coalesced requests are all read again.
#include "demo/demodata.h"
#include "markerworker.h"
#include "replica/replica.h"

#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pes;

namespace {

struct Answer
{
    int generation = 0;
    std::shared_ptr<const MarkerIndex> index;
    QBitArray filter;
    std::shared_ptr<const ClusterPyramid> pyramid;
    QString error;
    QThread *thread = nullptr;
};

} // namespace

class TestMarkerWorker : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void loadsAndFiltersInItsThread();
    void answersOnlyTheLatest();
    void pendingReloadIsKept();
    void changedRecordsAddUp();
    void missingReplicaIsReported();

private:
    // Submits through `send` and waits for the answer to the last generation;
    // empty if it never came.
    QList<Answer> run(MarkerWorker &worker, const std::function<int()> &send);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Replica> m_replica;
};

void TestMarkerWorker::initTestCase()
{
    m_path = m_dir.filePath(u"map.pes"_s);
    auto replica = Replica::create(m_path, {u"https://apeas.example.org"_s, u"APEAS"_s});
    QVERIFY2(replica, qPrintable(replica ? QString() : replica.error().message));
    m_replica = std::move(*replica);
    auto made = generateDemoData(*m_replica, {.organisations = 300, .seed = 3, .related = true});
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
}

QList<Answer> TestMarkerWorker::run(MarkerWorker &worker, const std::function<int()> &send)
{
    QList<Answer> answers;
    QMutex mutex; // answers are appended in the worker's thread
    connect(
        &worker, &MarkerWorker::ready, this,
        [&](int generation, std::shared_ptr<const MarkerIndex> index, const QBitArray &filter,
            std::shared_ptr<const ClusterPyramid> pyramid, const QString &error) {
            QMutexLocker lock(&mutex);
            answers.append({generation, index, filter, pyramid, error, QThread::currentThread()});
        },
        Qt::DirectConnection);
    const int last = send();
    const auto answered = [&] {
        QMutexLocker lock(&mutex);
        return !answers.isEmpty() && answers.last().generation == last;
    };
    const bool done = QTest::qWaitFor(answered, 20000);
    disconnect(&worker, &MarkerWorker::ready, this, nullptr);
    QMutexLocker lock(&mutex);
    return done ? answers : QList<Answer>();
}

void TestMarkerWorker::loadsAndFiltersInItsThread()
{
    MarkerWorker worker;
    const auto all = run(worker, [&] { return worker.submit(m_path, {}, false, true); });
    QVERIFY(!all.isEmpty());
    QCOMPARE(all.last().error, QString());
    QVERIFY(all.last().thread != QThread::currentThread());
    QVERIFY(all.last().filter.isEmpty()); // no filter: every marker
    QVERIFY(all.last().pyramid && all.last().pyramid->covers(ClusterPyramid::maxZoom));
    const int size = all.last().index->size();
    QVERIFY(size > 300); // organisations and exchanges

    SearchQuery offers;
    offers.kinds = {Kind::Exchange};
    const auto filtered = run(worker, [&] { return worker.submit(m_path, offers, true, false); });
    QVERIFY(!filtered.isEmpty());
    QCOMPARE(filtered.last().index.get(), all.last().index.get()); // not reloaded
    const QBitArray &bits = filtered.last().filter;
    QCOMPARE(bits.size(), size);
    QVERIFY(bits.count(true) > 0 && bits.count(true) < size);
    for (int i = 0; i < size; ++i)
        QCOMPARE(bits.testBit(i),
                 filtered.last().index->markers().at(i).type != MarkerType::Organisation);
}

void TestMarkerWorker::answersOnlyTheLatest()
{
    MarkerWorker worker;
    SearchQuery query;
    const auto answers = run(worker, [&] {
        int last = 0;
        for (const QString &text : {u"a"_s, u"as"_s, u"ass"_s, u"asso"_s, u"association"_s}) {
            query.text = text;
            last = worker.submit(m_path, query, true, false);
        }
        return last;
    });
    QVERIFY(!answers.isEmpty());
    // Five requests sent at once: far fewer answers, the last one for "association".
    QVERIFY2(answers.size() < 5, qPrintable(QString::number(answers.size())));
    auto hits = m_replica->search(
        {.text = u"association"_s, .kinds = {Kind::Organisation, Kind::Exchange}, .limit = 100000});
    QVERIFY(hits);
    QCOMPARE(answers.last().filter.count(true), qsizetype(hits->size()));
}

void TestMarkerWorker::pendingReloadIsKept()
{
    MarkerWorker worker;
    const auto first = run(worker, [&] { return worker.submit(m_path, {}, false, true); });
    QVERIFY(!first.isEmpty());
    const int before = first.last().index->size();
    auto added = m_replica->create(Kind::Organisation, {{u"name"_s, u"Recyclerie du Vieux-Port"_s},
                                                        {u"latitude"_s, 43.295},
                                                        {u"longitude"_s, 5.374}});
    QVERIFY(added);
    const auto answers = run(worker, [&] {
        worker.submit(m_path, {}, false, true);         // the replica changed
        return worker.submit(m_path, {}, false, false); // then only the filter did
    });
    QVERIFY(!answers.isEmpty());
    QCOMPARE(answers.last().index->size(), before + 1);
    QVERIFY(answers.last().index->indexOf(*added) >= 0);
}

void TestMarkerWorker::changedRecordsAddUp()
{
    MarkerWorker worker;
    const auto first = run(worker, [&] { return worker.submit(m_path, {}, false, true); });
    QVERIFY(!first.isEmpty());
    const auto previous = first.last().index;
    auto one = m_replica->create(Kind::Organisation, {{u"name"_s, u"Ressourcerie de l'Estaque"_s},
                                                      {u"latitude"_s, 43.36},
                                                      {u"longitude"_s, 5.31}});
    auto two = m_replica->create(Kind::Organisation, {{u"name"_s, u"Café associatif du Panier"_s},
                                                      {u"latitude"_s, 43.30},
                                                      {u"longitude"_s, 5.37}});
    QVERIFY(one && two);
    const QString gone = previous->markers().at(5).iri;
    QVERIFY(m_replica->remove(gone));
    const auto answers = run(worker, [&] {
        worker.submit(m_path, {}, false, false, {*one});
        worker.submit(m_path, {}, false, false, {*two, gone});
        return worker.submit(m_path, {}, false, false); // only the filter
    });
    QVERIFY(!answers.isEmpty());
    const auto updated = answers.last().index;
    QVERIFY(updated.get() != previous.get()); // the GUI's index is never changed in place
    QCOMPARE(previous->indexOf(*one), -1);
    QVERIFY(updated->indexOf(*one) >= 0);
    QVERIFY(updated->indexOf(*two) >= 0);
    QCOMPARE(updated->indexOf(gone), -1);
    QCOMPARE(updated->size(), previous->size() + 1);
    MarkerIndex fresh;
    QVERIFY(fresh.load(*m_replica));
    QCOMPARE(updated->size(), fresh.size());
}

void TestMarkerWorker::missingReplicaIsReported()
{
    MarkerWorker worker;
    const QString missing = m_dir.filePath(u"missing.pes"_s);
    const auto answers = run(worker, [&] { return worker.submit(missing, {}, false, true); });
    QVERIFY(!answers.isEmpty());
    QVERIFY(!answers.last().error.isEmpty());
    QCOMPARE(answers.last().index->size(), 0);
}

QTEST_GUILESS_MAIN(TestMarkerWorker)
#include "test_markerworker.moc"
