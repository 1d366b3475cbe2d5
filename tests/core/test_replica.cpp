// SPDX-License-Identifier: GPL-3.0-or-later
// The replica: records written and read back, the journal, the trash, undo and redo.
#include "replica/journal.h"
#include "replica/replica.h"
#include "storage/schema.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pes;

class TestReplica : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;

    QString organisation(const QString &name, const QString &city = u"Marseille"_s)
    {
        auto iri =
            m_replica->create(Kind::Organisation,
                              {{u"name"_s, name}, {u"city"_s, city}, {u"postcode"_s, u"13001"_s}});
        if (!iri)
            qFatal("create failed: %s", qPrintable(iri.error().message));
        return *iri;
    }

    qint64 unsynced() { return *Journal(m_replica->database()).unsyncedCount(); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int counter = 0;
        const QString path = m_dir.filePath(u"replica-%1.sqlite"_s.arg(++counter));
        auto replica = Replica::create(path, {u"https://apeas.example.org"_s, u"APEAS"_s});
        QVERIFY2(replica, qPrintable(replica ? QString() : replica.error().message));
        m_replica = std::move(*replica);
    }

    void cleanup() { m_replica.reset(); }

    void createMintsIriUnderTheNetwork()
    {
        const QString iri = organisation(u"Mesclun"_s);
        QVERIFY(iri.startsWith(u"https://apeas.example.org/id/organisation/"_s));
        QCOMPARE(iri.section(u'/', -1).at(14), u'7'); // UUID version 7

        auto record = m_replica->record(iri);
        QVERIFY(record);
        QCOMPARE(record->kind, Kind::Organisation);
        QCOMPARE(record->network, u"https://apeas.example.org"_s);
        QCOMPARE(record->visibility, Visibility::Public);
        QCOMPARE(record->version, 1);
        QVERIFY(record->created.isValid());
        QCOMPARE(record->fields.value(u"name"_s).toString(), u"Mesclun"_s);
    }

    void iriIsNeverReused()
    {
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i)
            seen.insert(organisation(u"Org %1"_s.arg(i)));
        QCOMPARE(seen.size(), 200);
    }

    void invalidValueChangesNothing()
    {
        const auto bad = m_replica->create(
            Kind::Organisation, {{u"name"_s, u"X"_s}, {u"siret"_s, u"12345678901234"_s}});
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(u"siret"_s));
        QCOMPARE(m_replica->stats()->records.value(Kind::Organisation), 0);
        QCOMPARE(unsynced(), 0);
    }

    void referencesMustExist()
    {
        const auto engagement = m_replica->create(
            Kind::Engagement, {{u"person"_s, u"https://apeas.example.org/id/person/nobody"_s},
                               {u"organisation"_s, organisation(u"A"_s)},
                               {u"role"_s, u"volunteer"_s}});
        QVERIFY(!engagement);
        QVERIFY(engagement.error().message.contains(u"not in this replica"_s));
    }

    void updateJournalsFieldLevelOperations()
    {
        const QString iri = organisation(u"Mesclun"_s);
        QVERIFY(
            m_replica->update(iri, {{u"name"_s, u"Mesclun Coop"_s}, {u"city"_s, QJsonValue()}}));

        auto ops = Journal(m_replica->database()).forRecord(iri);
        QVERIFY(ops);
        QCOMPARE(ops->size(), 3);
        QCOMPARE(ops->at(0).field, u"@create"_s);
        QMap<QString, JournalOperation> byField;
        for (const auto &op : *ops)
            byField.insert(op.field, op);
        QCOMPARE(byField[u"name"_s].oldValue.toString(), u"Mesclun"_s);
        QCOMPARE(byField[u"name"_s].newValue.toString(), u"Mesclun Coop"_s);
        QCOMPARE(byField[u"city"_s].oldValue.toString(), u"Marseille"_s);
        QVERIFY(byField[u"city"_s].newValue.isNull());
        QVERIFY(ops->at(1).hlc > ops->at(0).hlc);
        QCOMPARE(ops->at(1).device, m_replica->deviceId());

        auto record = m_replica->record(iri);
        QCOMPARE(record->version, 2);
        QVERIFY(!record->fields.contains(u"city"_s));
    }

    void unchangedUpdateRecordsNothing()
    {
        const QString iri = organisation(u"Mesclun"_s);
        const qint64 before = unsynced();
        QVERIFY(m_replica->update(iri, {{u"name"_s, u"Mesclun"_s}}));
        QCOMPARE(unsynced(), before);
        QCOMPARE(m_replica->record(iri)->version, 1);
    }

    void deleteLeavesTombstoneAndRestores()
    {
        const QString iri = organisation(u"Jardins du Lavoir"_s);
        QVERIFY(m_replica->remove(iri));
        auto record = m_replica->record(iri);
        QVERIFY(record->isDeleted());
        QVERIFY(m_replica->search({.text = u"lavoir"_s})->isEmpty());
        QCOMPARE(m_replica->search({.text = u"lavoir"_s, .deleted = true})->size(), 1);
        QVERIFY(!m_replica->update(iri, {{u"name"_s, u"Other"_s}}));

        QVERIFY(m_replica->restore(iri));
        QVERIFY(!m_replica->record(iri)->isDeleted());
        QCOMPARE(m_replica->search({.text = u"lavoir"_s})->size(), 1);
    }

    void undoAndRedo()
    {
        const QString iri = organisation(u"Première"_s);
        QVERIFY(m_replica->update(iri, {{u"name"_s, u"Deuxième"_s}}));
        QVERIFY(m_replica->update(iri, {{u"name"_s, u"Troisième"_s}}));

        QVERIFY(m_replica->undo());
        QCOMPARE(m_replica->record(iri)->fields.value(u"name"_s).toString(), u"Deuxième"_s);
        QVERIFY(m_replica->undo());
        QCOMPARE(m_replica->record(iri)->fields.value(u"name"_s).toString(), u"Première"_s);
        QVERIFY(m_replica->redo());
        QCOMPARE(m_replica->record(iri)->fields.value(u"name"_s).toString(), u"Deuxième"_s);
        QVERIFY(m_replica->undo());
        QCOMPARE(m_replica->record(iri)->fields.value(u"name"_s).toString(), u"Première"_s);

        // Undoing the creation moves the record to the trash; redo brings it back.
        QVERIFY(m_replica->undo());
        QVERIFY(m_replica->record(iri)->isDeleted());
        QVERIFY(!m_replica->canUndo());
        QVERIFY(m_replica->redo());
        QVERIFY(!m_replica->record(iri)->isDeleted());

        // A new edit ends the redo history.
        QVERIFY(m_replica->update(iri, {{u"city"_s, u"Aix-en-Provence"_s}}));
        QVERIFY(!m_replica->canRedo());
        QVERIFY(!m_replica->redo());
    }

    void undoRefusesToOverwriteALaterEdit()
    {
        const QString iri = organisation(u"Avant"_s);
        QVERIFY(m_replica->update(iri, {{u"name"_s, u"Après"_s}}));
        QVERIFY(m_replica->undo());
        // Someone else's later edit of the same field (simulated by editing after a redo
        // target exists): redo must not silently overwrite it.
        m_replica->database().exec(
            u"UPDATE record SET fields = json_set(fields, '$.name', 'Autre') WHERE iri = '%1'"_s
                .arg(iri));
        const auto redone = m_replica->redo();
        QVERIFY(!redone);
        QCOMPARE(redone.error().code, Error::Code::Conflict);
        QVERIFY(redone.error().message.contains(u"name"_s));
    }

    void undoIsJournalledToo()
    {
        const QString iri = organisation(u"Avant"_s);
        QVERIFY(m_replica->update(iri, {{u"name"_s, u"Après"_s}}));
        const qint64 before = unsynced();
        QVERIFY(m_replica->undo());
        QCOMPARE(unsynced(), before + 1); // the undo is an edit the hub must hear about
    }

    void changeScopeGroupsWrites()
    {
        QSignalSpy changed(m_replica.get(), &Replica::changed);
        {
            auto scope = m_replica->beginChange(u"Two at once"_s);
            QVERIFY(scope);
            organisation(u"Une"_s);
            organisation(u"Deux"_s);
            QCOMPARE(changed.size(), 0);
            QVERIFY(scope->commit());
        }
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toStringList().size(), 2);
        QVERIFY(m_replica->undo()); // one undo takes both back
        QCOMPARE(m_replica->stats()->records.value(Kind::Organisation), 0);
    }

    void abandonedScopeRollsBack()
    {
        {
            auto scope = m_replica->beginChange(u"Abandoned"_s);
            organisation(u"Fantôme"_s);
        }
        QCOMPARE(m_replica->stats()->records.value(Kind::Organisation), 0);
        QCOMPARE(unsynced(), 0);
    }

    void search_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("hits");
        QTest::newRow("accents folded") << u"economie"_s << 1;
        QTest::newRow("capital accent typed") << u"ÉCONOMIE"_s << 1;
        QTest::newRow("prefix") << u"solid"_s << 2;
        QTest::newRow("two words") << u"solid mars"_s << 1;
        QTest::newRow("ligature") << u"soeur"_s << 1;
        QTest::newRow("town") << u"toulon"_s << 1;
        QTest::newRow("tag label") << u"alimentation"_s << 1;
        QTest::newRow("punctuation only") << u"*\"()"_s << 0;
        QTest::newRow("fts syntax is not interpreted") << u"solid OR NOT"_s << 0;
    }
    void search()
    {
        QFETCH(QString, typed);
        QFETCH(int, hits);
        auto tag = m_replica->create(Kind::Tag, {{u"label"_s, u"Alimentation"_s}});
        QVERIFY(tag);
        organisation(u"Économie Solidaire Marseille"_s);
        QVERIFY(m_replica->create(Kind::Organisation, {{u"name"_s, u"Épicerie solidaire"_s},
                                                       {u"city"_s, u"Toulon"_s},
                                                       {u"tags"_s, QJsonArray{*tag}}}));
        organisation(u"Maison de la Sœur"_s);
        auto result = m_replica->search({.text = typed, .kinds = {Kind::Organisation}});
        QVERIFY(result);
        QCOMPARE(result->size(), hits);
    }

    void filters()
    {
        organisation(u"Un"_s, u"Marseille"_s);
        QVERIFY(m_replica->create(
            Kind::Organisation,
            {{u"name"_s, u"Deux"_s}, {u"city"_s, u"Gap"_s}, {u"postcode"_s, u"05000"_s}}));
        QVERIFY(m_replica->create(Kind::Person,
                                  {{u"familyName"_s, u"Martin"_s}, {u"city"_s, u"Gap"_s}}));
        QCOMPARE(m_replica->search({.place = u"gap"_s})->size(), 2);
        QCOMPARE(m_replica->search({.kinds = {Kind::Organisation}, .place = u"05"_s})->size(), 1);
        QCOMPARE(m_replica->search({.place = u"13001"_s})->size(), 1);
        QCOMPARE(*m_replica->count({.kinds = {Kind::Person}}), 1);
        QCOMPARE(m_replica->search({.visibility = Visibility::Network})->size(), 1);
        QCOMPARE(m_replica->search({.network = u"https://other.example.org"_s})->size(), 0);
        // Sorted by folded title when there is no text.
        auto all = m_replica->search({.kinds = {Kind::Organisation}});
        QCOMPARE(all->first().title, u"Deux"_s);
    }

    void recordsPointingAtOne()
    {
        const QString org = organisation(u"La Cantine"_s, u"Marseille"_s);
        auto other = m_replica->create(Kind::Organisation, {{u"name"_s, u"Le Fournil"_s}});
        auto person = m_replica->create(Kind::Person, {{u"familyName"_s, u"Durand"_s}});
        QVERIFY(other && person);
        for (const QString &role : {u"employee"_s, u"volunteer"_s})
            QVERIFY(m_replica->create(
                Kind::Engagement,
                {{u"organisation"_s, org}, {u"person"_s, *person}, {u"role"_s, role}}));
        QVERIFY(m_replica->create(
            Kind::Engagement,
            {{u"organisation"_s, *other}, {u"person"_s, *person}, {u"role"_s, u"employee"_s}}));
        QVERIFY(m_replica->create(
            Kind::ContactPoint,
            {{u"owner"_s, *person}, {u"medium"_s, u"email"_s}, {u"value"_s, u"d@exemple.org"_s}}));

        // What a record page lists: by an indexed reference, with a kind, and by
        // a field that has no index (answered the slow way, the same).
        const auto ofOrg = m_replica->search(
            {.kinds = {Kind::Engagement}, .fieldEquals = {{u"organisation"_s, org}}});
        QCOMPARE(ofOrg->size(), 2);
        QCOMPARE(*m_replica->count(
                     {.kinds = {Kind::Engagement}, .fieldEquals = {{u"person"_s, *person}}}),
                 3);
        QCOMPARE(
            m_replica
                ->search({.kinds = {Kind::ContactPoint}, .fieldEquals = {{u"owner"_s, *person}}})
                ->size(),
            1);
        QCOMPARE(m_replica->search({.fieldEquals = {{u"organisation"_s, *other}}})->size(), 1);
        QCOMPARE(
            m_replica
                ->search({.kinds = {Kind::Engagement},
                          .fieldEquals = {{u"organisation"_s, org}, {u"role"_s, u"volunteer"_s}}})
                ->size(),
            1);
        // The reference fields have their index (schema version 7).
        for (const char16_t *field : schema::indexedReferenceFields)
            QVERIFY(m_replica->database()
                        .scalar(u"SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"_s,
                                {QVariant(u"record_ref_"_s + QString::fromUtf16(field))})
                        ->toInt() == 1);
    }

    void renamedTagReindexesItsRecords()
    {
        auto tag = m_replica->create(Kind::Tag, {{u"label"_s, u"Vélo"_s}});
        QVERIFY(m_replica->create(Kind::Organisation,
                                  {{u"name"_s, u"Atelier"_s}, {u"tags"_s, QJsonArray{*tag}}}));
        QCOMPARE(m_replica->search({.text = u"velo"_s, .kinds = {Kind::Organisation}})->size(), 1);
        QVERIFY(m_replica->update(*tag, {{u"label"_s, u"Mobilité"_s}}));
        QCOMPARE(m_replica->search({.text = u"velo"_s, .kinds = {Kind::Organisation}})->size(), 0);
        QCOMPARE(m_replica->search({.text = u"mobilite"_s, .kinds = {Kind::Organisation}})->size(),
                 1);
        QCOMPARE(m_replica->search({.kinds = {Kind::Organisation}, .tag = u"mobilité"_s})->size(),
                 1);
    }

    void reopenKeepsEverything()
    {
        const QString iri = organisation(u"Persistante"_s);
        const QString path = m_replica->path();
        const QString device = m_replica->deviceId();
        m_replica.reset();
        auto reopened = Replica::open(path);
        QVERIFY(reopened);
        QCOMPARE((*reopened)->deviceId(), device);
        QCOMPARE((*reopened)->network().name, u"APEAS"_s);
        QVERIFY((*reopened)->record(iri));
        m_replica = std::move(*reopened);
    }
};

QTEST_GUILESS_MAIN(TestReplica)
#include "test_replica.moc"
