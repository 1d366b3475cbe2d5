// SPDX-License-Identifier: GPL-3.0-or-later
// The field-level three-way merge, case by case, and the back-off schedule.
#include "engine/backoff.h"
#include "engine/merge.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pes;
using namespace pes::sync;

namespace {

const QString iri = u"https://a.example.org/id/organisation/1"_s;

Record local(const QJsonObject &fields, bool deleted = false)
{
    Record record;
    record.iri = iri;
    record.network = u"https://a.example.org"_s;
    record.fields = fields;
    if (deleted)
        record.deletedAt = QDateTime::currentDateTimeUtc();
    return record;
}

wire::RemoteRecord remote(const QJsonObject &fields, bool deleted = false)
{
    wire::RemoteRecord record;
    record.iri = iri;
    record.network = u"https://a.example.org"_s;
    record.version = 9;
    record.fields = deleted ? QJsonObject() : fields;
    if (deleted)
        record.deleted = QDateTime::currentDateTimeUtc();
    return record;
}

} // namespace

class TestSyncMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fields_data()
    {
        QTest::addColumn<QJsonObject>("base");
        QTest::addColumn<QJsonObject>("mine");
        QTest::addColumn<QJsonObject>("theirs");
        QTest::addColumn<QJsonObject>("merged");
        QTest::addColumn<QStringList>("conflicts");

        const QJsonObject b{{u"name"_s, u"A"_s}, {u"email"_s, u"a@x.org"_s}};
        QTest::newRow("nothing changed") << b << b << b << b << QStringList();
        QTest::newRow("changed there")
            << b << b << QJsonObject{{u"name"_s, u"B"_s}, {u"email"_s, u"a@x.org"_s}}
            << QJsonObject{{u"name"_s, u"B"_s}, {u"email"_s, u"a@x.org"_s}} << QStringList();
        QTest::newRow("changed here")
            << b << QJsonObject{{u"name"_s, u"C"_s}, {u"email"_s, u"a@x.org"_s}} << b
            << QJsonObject{{u"name"_s, u"C"_s}, {u"email"_s, u"a@x.org"_s}} << QStringList();
        QTest::newRow("different fields")
            << b << QJsonObject{{u"name"_s, u"C"_s}, {u"email"_s, u"a@x.org"_s}}
            << QJsonObject{{u"name"_s, u"A"_s}, {u"email"_s, u"b@x.org"_s}}
            << QJsonObject{{u"name"_s, u"C"_s}, {u"email"_s, u"b@x.org"_s}} << QStringList();
        QTest::newRow("same field, same value (echo)")
            << b << QJsonObject{{u"name"_s, u"C"_s}, {u"email"_s, u"a@x.org"_s}}
            << QJsonObject{{u"name"_s, u"C"_s}, {u"email"_s, u"a@x.org"_s}}
            << QJsonObject{{u"name"_s, u"C"_s}, {u"email"_s, u"a@x.org"_s}} << QStringList();
        QTest::newRow("same field, two values")
            << b << QJsonObject{{u"name"_s, u"C"_s}, {u"email"_s, u"a@x.org"_s}}
            << QJsonObject{{u"name"_s, u"D"_s}, {u"email"_s, u"a@x.org"_s}}
            << QJsonObject{{u"name"_s, u"C"_s}, {u"email"_s, u"a@x.org"_s}}
            << QStringList{u"name"_s};
        QTest::newRow("cleared there") << b << b << QJsonObject{{u"name"_s, u"A"_s}}
                                       << QJsonObject{{u"name"_s, u"A"_s}} << QStringList();
        QTest::newRow("cleared here, changed there")
            << b << QJsonObject{{u"name"_s, u"A"_s}}
            << QJsonObject{{u"name"_s, u"A"_s}, {u"email"_s, u"c@x.org"_s}}
            << QJsonObject{{u"name"_s, u"A"_s}} << QStringList{u"email"_s};
        QTest::newRow("added on both sides")
            << b
            << QJsonObject{{u"name"_s, u"A"_s}, {u"email"_s, u"a@x.org"_s}, {u"acronym"_s, u"X"_s}}
            << QJsonObject{{u"name"_s, u"A"_s}, {u"email"_s, u"a@x.org"_s}, {u"acronym"_s, u"Y"_s}}
            << QJsonObject{{u"name"_s, u"A"_s}, {u"email"_s, u"a@x.org"_s}, {u"acronym"_s, u"X"_s}}
            << QStringList{u"acronym"_s};
    }
    void fields()
    {
        QFETCH(QJsonObject, base);
        QFETCH(QJsonObject, mine);
        QFETCH(QJsonObject, theirs);
        QFETCH(QJsonObject, merged);
        QFETCH(QStringList, conflicts);
        const MergeResult result =
            mergeRecord({local(mine), Shadow{3, Visibility::Public, false, base}, remote(theirs)});
        QCOMPARE(result.write ? result.write->fields : mine, merged);
        QStringList found;
        for (const FieldConflict &conflict : result.conflicts) {
            found.append(conflict.field);
            QCOMPARE(conflict.mine, mine.value(conflict.field));
            QCOMPARE(conflict.theirs, theirs.value(conflict.field));
        }
        QCOMPARE(found, conflicts);
        QCOMPARE(result.shadow.fields, theirs);
        QCOMPARE(result.shadow.version, 9);
    }

    void existence_data()
    {
        QTest::addColumn<bool>("mineDeleted");
        QTest::addColumn<bool>("mineEdited");
        QTest::addColumn<bool>("theirsDeleted");
        QTest::addColumn<bool>("theirsEdited");
        QTest::addColumn<bool>("conflict");
        QTest::addColumn<bool>("deletedAfter");
        QTest::newRow("deleted there, untouched here")
            << false << false << true << false << false << true;
        QTest::newRow("deleted there, edited here")
            << false << true << true << false << true << false;
        QTest::newRow("deleted here, untouched there")
            << true << false << false << false << false << true;
        QTest::newRow("deleted here, edited there")
            << true << false << false << true << true << true;
        QTest::newRow("deleted on both sides") << true << false << true << false << false << true;
    }
    void existence()
    {
        QFETCH(bool, mineDeleted);
        QFETCH(bool, mineEdited);
        QFETCH(bool, theirsDeleted);
        QFETCH(bool, theirsEdited);
        QFETCH(bool, conflict);
        QFETCH(bool, deletedAfter);
        const QJsonObject base{{u"name"_s, u"A"_s}};
        const QJsonObject edited{{u"name"_s, u"B"_s}};
        const MergeResult result =
            mergeRecord({local(mineEdited ? edited : base, mineDeleted),
                         Shadow{3, Visibility::Public, false, base},
                         remote(theirsEdited ? edited : base, theirsDeleted)});
        QCOMPARE(!result.conflicts.isEmpty(), conflict);
        if (conflict) {
            QCOMPARE(result.conflicts.first().field, u"@delete"_s);
            QCOMPARE(result.conflicts.first().mine.toBool(), mineDeleted);
        }
        const bool deleted = result.write ? result.write->isDeleted() : mineDeleted;
        QCOMPARE(deleted, deletedAfter);
        QCOMPARE(result.shadow.deleted, theirsDeleted);
        if (theirsDeleted)
            QCOMPARE(result.shadow.fields,
                     base); // a tombstone keeps the last agreed fields as base
    }

    void visibility()
    {
        const QJsonObject fields{{u"name"_s, u"A"_s}};
        wire::RemoteRecord there = remote(fields);
        there.visibility = Visibility::Shared;
        Record here = local(fields);
        here.visibility = Visibility::Public;
        auto result = mergeRecord({here, Shadow{3, Visibility::Public, false, fields}, there});
        QVERIFY(result.write);
        QCOMPARE(result.write->visibility, Visibility::Shared);

        here.visibility = Visibility::Network;
        result = mergeRecord({here, Shadow{3, Visibility::Public, false, fields}, there});
        QCOMPARE(result.conflicts.size(), 1);
        QCOMPARE(result.conflicts.first().field, u"@visibility"_s);
    }

    void newRecordsAndWithdrawals()
    {
        auto result = mergeRecord({std::nullopt, std::nullopt, remote({{u"name"_s, u"N"_s}})});
        QVERIFY(result.write);
        QCOMPARE(result.write->fields.value(u"name"_s).toString(), u"N"_s);

        result = mergeRecord({std::nullopt, std::nullopt, remote({}, true)});
        QVERIFY(!result.write); // a tombstone for a record never seen: nothing to store

        wire::RemoteRecord withdrawn = remote({});
        withdrawn.withdrawn = true;
        result = mergeRecord(
            {local({{u"name"_s, u"W"_s}}), Shadow{3, Visibility::Shared, false, {}}, withdrawn});
        QVERIFY(result.write && result.write->isDeleted());
        QVERIFY(result.write->fields.isEmpty());
        QVERIFY(result.conflicts.isEmpty());
    }

    void backoffGrowsWithJitterAndACap()
    {
        Backoff backoff(1000, 60000, 42);
        qint64 previousCeiling = 0;
        for (int i = 0; i < 12; ++i) {
            const qint64 ceiling = std::min<qint64>(60000, 1000LL << i);
            const qint64 delay = backoff.nextDelayMs();
            QVERIFY2(delay >= ceiling / 2 && delay <= ceiling, qPrintable(QString::number(delay)));
            QVERIFY(ceiling >= previousCeiling);
            previousCeiling = ceiling;
        }
        QCOMPARE(backoff.failures(), 12);
        backoff.reset();
        QVERIFY(backoff.nextDelayMs() <= 1000);

        // Two devices failing together do not retry in step.
        Backoff first(1000, 60000, 1), second(1000, 60000, 2);
        int same = 0;
        for (int i = 0; i < 10; ++i)
            same += first.nextDelayMs() == second.nextDelayMs();
        QVERIFY(same < 10);
    }
};

QTEST_GUILESS_MAIN(TestSyncMerge)
#include "test_syncmerge.moc"
