// SPDX-License-Identifier: GPL-3.0-or-later
// Schema migrations: a replica written by any earlier version opens, upgraded,
// with its data intact; a replica from a newer version is refused clearly.
#include "replica/replica.h"
#include "replica/searchindex.h"
#include "storage/schema.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pes;

class TestSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upgradesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int version = 1; version < schema::latestVersion; ++version)
            QTest::addRow("from version %d", version) << version;
    }

    void upgradesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        {
            sql::Database db;
            QVERIFY(db.open(path, sql::Database::Mode::ReadWriteCreate));
            QVERIFY(schema::migrate(db, from));
            QCOMPARE(schema::version(db), from);
            // What a replica of that version held, written with that version's columns.
            QVERIFY(db.exec(uR"(
                INSERT INTO meta VALUES ('application', 'pes-desktop'),
                    ('network.iri', 'https://apeas.example.org'), ('network.name', 'APEAS'),
                    ('device.id', '0190c1a2-0000-7000-8000-000000000001'),
                    ('hlc.last', '0001733238000123.00004');
                INSERT INTO record (iri, kind, network, visibility, created, modified, version,
                                    title, fields)
                VALUES ('https://apeas.example.org/id/organisation/old-1', 'organisation',
                        'https://apeas.example.org', 'public', '2020-01-01T00:00:00.000Z',
                        '2020-01-02T00:00:00.000Z', 3, 'Régie de quartier',
                        '{"name":"Régie de quartier","city":"Digne-les-Bains","postcode":"04000"}');
                INSERT INTO change (change_id, hlc, device, action, description)
                VALUES ('c1', '0001733238000123.00004', 'd', 'edit', 'old edit');
                INSERT INTO operation (op_id, change, record, kind, field, new_value, hlc)
                VALUES ('o1', 1, 'https://apeas.example.org/id/organisation/old-1', 'organisation',
                        'name', '"Régie de quartier"', '0001733238000123.00004');
            )"_s));
            if (from >= 2) // from version 2 on, writes also kept the search index
                QVERIFY(SearchIndex(db).rebuild());
        }

        auto replica = Replica::open(path);
        QVERIFY2(replica, qPrintable(replica ? QString() : replica.error().message));
        QCOMPARE(schema::version((*replica)->database()), schema::latestVersion);

        auto record = (*replica)->record(u"https://apeas.example.org/id/organisation/old-1"_s);
        QVERIFY(record);
        QCOMPARE(record->version, 3);
        QCOMPARE(record->fields.value(u"city"_s).toString(), u"Digne-les-Bains"_s);
        // The upgrade indexed what was there before.
        QCOMPARE((*replica)->search({.text = u"regie"_s})->size(), 1);
        QCOMPARE((*replica)->search({.place = u"digne-les-bains"_s})->size(), 1);
        QCOMPARE((*replica)->stats()->unsyncedOperations, 1);
        // And it can be written.
        QVERIFY((*replica)->update(record->iri, {{u"name"_s, u"Régie de quartier de Digne"_s}}));
    }

    void refusesANewerReplica()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new.sqlite"_s);
        QVERIFY(Replica::create(path, {u"https://apeas.example.org"_s, u"APEAS"_s}));
        {
            sql::Database db;
            QVERIFY(db.open(path, sql::Database::Mode::ReadWrite));
            QVERIFY(db.exec(u"PRAGMA user_version = %1"_s.arg(schema::latestVersion + 1)));
        }
        auto replica = Replica::open(path);
        QVERIFY(!replica);
        QCOMPARE(replica.error().code, Error::Code::Unsupported);
        QVERIFY(replica.error().message.contains(u"newer PES Desktop"_s));
    }

    void refusesFilesThatAreNotReplicas()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(u"notes.txt"_s);
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Nom;Ville\nMesclun;Marseille\n");
        file.close();
        auto opened = Replica::open(text);
        QVERIFY(!opened);
        QVERIFY(opened.error().message.contains(u"not an SQLite database"_s));

        const QString other = dir.filePath(u"other.sqlite"_s);
        {
            sql::Database db;
            QVERIFY(db.open(other, sql::Database::Mode::ReadWriteCreate));
            QVERIFY(db.exec(u"CREATE TABLE t (x)"_s));
        }
        opened = Replica::open(other);
        QVERIFY(!opened);
        QVERIFY(opened.error().message.contains(u"not a PES replica"_s));

        opened = Replica::open(dir.filePath(u"missing.sqlite"_s));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::NotFound);
        QVERIFY(opened.error().message.contains(u"pes init"_s));
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "test_schema.moc"
