// SPDX-License-Identifier: GPL-3.0-or-later
// Importing real Access fixtures into a real replica: the dry run leaves it
// untouched, the import is one change, a re-run creates nothing twice and
// updates exactly what differs, rejects are reported, damaged files change nothing.
#include "access/embeddedfiles.h"
#include "access/importer.h"
#include "attachments/replicaattachments.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pes;
using namespace pes::access;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(PES_TEST_DATA "/access/") + name;
}

ImportOptions options()
{
    ImportOptions o;
    o.reader.workerPath = QStringLiteral(PES_BIN_DIR "/pes-access-worker");
    o.reader.timeoutSeconds = 60;
    return o;
}

ImportMapping mappingFromFile(const QString &name)
{
    auto mapping = ImportMapping::load(QStringLiteral(PES_TEST_DATA "/access/mappings/") + name);
    if (!mapping)
        qFatal("%s", qPrintable(mapping.error().message));
    return *mapping;
}

qint64 count(Replica &replica, Kind kind)
{
    auto stats = replica.stats();
    return stats ? stats->records.value(kind) : -1;
}

qint64 changes(Replica &replica)
{
    auto value = replica.database().scalar(u"SELECT count(*) FROM change"_s);
    return value ? value->toLongLong() : -1;
}

} // namespace

class TestAccessImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;

    ImportMapping attachmentMapping() const
    {
        ImportMapping mapping;
        mapping.source = u"access:complex"_s;
        TableMapping table;
        table.table = u"Table1"_s;
        table.kind = Kind::Organisation;
        table.key = {u"id"_s};
        table.fields.insert(u"id"_s, u"name"_s);
        table.fields.insert(u"attach-data"_s, u"attachments"_s);
        mapping.tables.append(table);
        return mapping;
    }

    QJsonObject organisation(const QString &name) const
    {
        auto hits = m_replica->search({.kinds = {Kind::Organisation}});
        for (const auto &hit : *hits) {
            auto record = m_replica->record(hit.iri);
            if (record && record->fields.value(u"name"_s).toString() == name)
                return record->fields;
        }
        return {};
    }

    static qint64 operationCount(Replica &replica)
    {
        auto value = replica.database().scalar(u"SELECT count(*) FROM operation"_s);
        return value ? value->toLongLong() : -1;
    }

private Q_SLOTS:
    void init()
    {
        const QString path = m_dir.filePath(
            u"replica-%1.sqlite"_s.arg(QLatin1StringView(QTest::currentTestFunction())));
        QFile::remove(path);
        auto replica = Replica::create(path, {u"https://reseau.example/"_s, u"Réseau exemple"_s});
        QVERIFY(replica);
        m_replica = std::move(*replica);
    }

    // Every fixture either imports or fails with a message naming the
    // problem: each table's first text column is taken as an organisation's name.
    void everyFixtureImports_data()
    {
        QTest::addColumn<QString>("file");
        const QDir data(QStringLiteral(PES_TEST_DATA "/access"));
        for (const QString &name : data.entryList({u"*.mdb"_s, u"*.accdb"_s}, QDir::Files))
            QTest::newRow(qPrintable(name)) << name;
    }
    void everyFixtureImports()
    {
        QFETCH(QString, file);
        auto inspection = AccessReader(options().reader).inspect(fixture(file));
        QVERIFY2(inspection, qPrintable(inspection ? QString() : inspection.error().message));
        ImportMapping mapping;
        mapping.source = u"access:"_s + file;
        qint64 rows = 0;
        for (const AccessTable &table : inspection->tables) {
            for (const AccessColumn &column : table.columns) {
                if (column.type != u"text")
                    continue;
                TableMapping t;
                t.table = table.name;
                t.kind = Kind::Organisation;
                t.key = table.primaryKey;
                t.fields.insert(column.name, u"name"_s);
                mapping.tables.append(t);
                rows += table.rows;
                break;
            }
        }
        auto report = importAccess(*m_replica, fixture(file), mapping, options());
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY(report->total(&TableReport::rows) >= rows - 1); // counts in the file can lag by one
        QCOMPARE(report->total(&TableReport::created) + report->total(&TableReport::rejectedRows),
                 report->total(&TableReport::rows));
        QCOMPARE(count(*m_replica, Kind::Organisation), report->total(&TableReport::created));
        for (const Reject &reject : report->rejects)
            QVERIFY(!reject.reason.isEmpty());
    }

    void dryRunLeavesTheReplicaUntouched()
    {
        QVERIFY(m_replica->create(Kind::Organisation, {{u"name"_s, u"Déjà là"_s}}));
        QFile file(m_replica->path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const qint64 before = changes(*m_replica);

        ImportOptions o = options();
        o.dryRun = true;
        auto report = importAccess(*m_replica, fixture(u"testV2007.accdb"_s),
                                   mappingFromFile(u"testV2007-organisations.json"_s), o);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY(report->dryRun);
        QCOMPARE(report->total(&TableReport::created), 2);

        QCOMPARE(count(*m_replica, Kind::Organisation), 1);
        QCOMPARE(changes(*m_replica), before);
        auto sources = m_replica->database().scalar(u"SELECT count(*) FROM import_source"_s);
        QCOMPARE(sources->toInt(), 0);
    }

    void importThenRerun()
    {
        const ImportMapping mapping = mappingFromFile(u"testV2007-organisations.json"_s);
        qint64 lastDone = 0, lastTotal = 0;
        ImportOptions o = options();
        o.progress = [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
        };
        const qint64 before = changes(*m_replica);
        auto first = importAccess(*m_replica, fixture(u"testV2007.accdb"_s), mapping, o);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(first->total(&TableReport::created), 2);
        QCOMPARE(count(*m_replica, Kind::Organisation), 2);
        QCOMPARE(changes(*m_replica), before + 1); // one transaction, one undoable change
        QCOMPARE(lastDone, 2);
        QCOMPARE(lastTotal, 2);

        auto hits = m_replica->search({.text = u"abcdefg"_s, .kinds = {Kind::Organisation}});
        QVERIFY(hits && hits->size() == 1);
        auto record = m_replica->record(hits->first().iri);
        QVERIFY(record);
        QCOMPARE(record->fields.value(u"acronym"_s).toString(), u"hijklmnop"_s);
        QCOMPARE(record->fields.value(u"foundingDate"_s).toString(), u"1974-09-21"_s);
        QCOMPARE(record->fields.value(u"member"_s).toBool(), true);

        // The same file again: nothing new, nothing changed, no new change.
        auto second = importAccess(*m_replica, fixture(u"testV2007.accdb"_s), mapping, options());
        QVERIFY(second);
        QCOMPARE(second->total(&TableReport::created), 0);
        QCOMPARE(second->total(&TableReport::updated), 0);
        QCOMPARE(second->total(&TableReport::unchanged), 2);
        QCOMPARE(count(*m_replica, Kind::Organisation), 2);

        // Someone edited one record; the re-run puts back the source's value there only.
        QVERIFY(m_replica->update(record->iri, {{u"acronym"_s, u"ABC"_s}}));
        auto third = importAccess(*m_replica, fixture(u"testV2007.accdb"_s), mapping, options());
        QVERIFY(third);
        QCOMPARE(third->total(&TableReport::updated), 1);
        QCOMPARE(third->total(&TableReport::unchanged), 1);
        QCOMPARE(m_replica->record(record->iri)->fields.value(u"acronym"_s).toString(),
                 u"hijklmnop"_s);

        // The import is one undoable change.
        QVERIFY(m_replica->undo()); // the third run
        QVERIFY(m_replica->undo()); // the manual edit
        QVERIFY(m_replica->undo()); // the first import
        QCOMPARE(count(*m_replica, Kind::Organisation), 0);
    }

    void rejectsAreReported()
    {
        auto report = importAccess(*m_replica, fixture(u"testV2007.accdb"_s),
                                   mappingFromFile(u"testV2007-organisations.json"_s), options());
        QVERIFY(report);
        bool postcode = false, siret = false;
        for (const Reject &r : report->rejects) {
            if (r.rowKey == u"abcdefg" && r.column == u"D" && r.rawValue == u"222")
                postcode = true;
            if (r.rowKey == u"abcdefg" && r.column == u"F" && r.rawValue == u"444.555")
                siret = true;
        }
        QVERIFY(postcode);
        QVERIFY(siret);

        const QString csvPath = m_dir.filePath(u"rejects.csv"_s);
        QVERIFY(report->writeRejectsCsv(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(csv.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), u"table,row key,column,raw value,reason"_s);
        QCOMPARE(lines.size(), report->rejects.size() + 1);
        QVERIFY(lines.filter(u"Table1,abcdefg,D,222,"_s).size() == 1);

        const QString jsonPath = m_dir.filePath(u"report.json"_s);
        QVERIFY(report->writeJson(jsonPath));
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject summary = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(summary.value(u"totals"_s).toObject().value(u"created"_s).toInt(), 2);
        QCOMPARE(summary.value(u"totals"_s).toObject().value(u"rejectedValues"_s).toInt(),
                 report->rejects.size());
    }

    void relatedTablesBecomeEngagementsAndContactPoints()
    {
        const ImportMapping mapping = mappingFromFile(u"linkee-people.json"_s);
        auto report = importAccess(*m_replica, fixture(u"linkeeTest.accdb"_s), mapping, options());
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(count(*m_replica, Kind::Organisation), 1);
        QCOMPARE(count(*m_replica, Kind::Person), 1);
        QCOMPARE(count(*m_replica, Kind::ContactPoint), 1);
        QCOMPARE(count(*m_replica, Kind::Engagement), 1);

        auto engagements = m_replica->search({.kinds = {Kind::Engagement}});
        QVERIFY(engagements && engagements->size() == 1);
        auto engagement = m_replica->record(engagements->first().iri);
        auto person = m_replica->record(engagement->fields.value(u"person"_s).toString());
        auto organisation =
            m_replica->record(engagement->fields.value(u"organisation"_s).toString());
        QVERIFY(person && organisation);
        QCOMPARE(person->fields.value(u"familyName"_s).toString(), u"buzz"_s);
        QCOMPARE(organisation->fields.value(u"name"_s).toString(), u"bar"_s);
        QCOMPARE(engagement->fields.value(u"role"_s).toString(), u"volunteer"_s);

        auto again = importAccess(*m_replica, fixture(u"linkeeTest.accdb"_s), mapping, options());
        QVERIFY(again);
        QCOMPARE(again->total(&TableReport::created), 0);
        QCOMPARE(count(*m_replica, Kind::ContactPoint), 1);
        QCOMPARE(count(*m_replica, Kind::Engagement), 1);
    }

    void rowsWithoutAKeyAreRejected()
    {
        // The first row of this table has no memo: it could not be found again.
        ImportMapping mapping;
        mapping.source = u"access:complex"_s;
        TableMapping table;
        table.table = u"Table1"_s;
        table.kind = Kind::Organisation;
        table.key = {u"memo-data"_s};
        table.fields.insert(u"id"_s, u"name"_s);
        table.fields.insert(u"attach-data"_s, u"notes"_s);
        mapping.tables.append(table);
        auto report =
            importAccess(*m_replica, fixture(u"complexDataTestV2007.accdb"_s), mapping, options());
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->total(&TableReport::created), 3);
        QCOMPARE(report->total(&TableReport::rejectedRows), 1);
        QCOMPARE(report->rejects.first().rowKey, u"#1"_s);
        // Attachments cannot go into a text field: listed for each row that has files.
        qsizetype attachments = 0;
        for (const Reject &r : report->rejects)
            attachments += r.column == u"attach-data" && r.reason.contains(u"attachments"_s);
        QCOMPARE(attachments, 2);
    }

    void attachmentsComeAcross()
    {
        // Rows 2 and 4 of Table1 have files in the "attach-data" attachment column.
        const ImportMapping mapping = attachmentMapping();
        auto report =
            importAccess(*m_replica, fixture(u"complexDataTestV2007.accdb"_s), mapping, options());
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->total(&TableReport::created), 4);
        QCOMPARE(report->total(&TableReport::attachments), 3);
        for (const Reject &r : report->rejects)
            QVERIFY2(r.column != u"attach-data", qPrintable(r.reason));

        const QString first = u"c9ebf61b9960f16069a79915efd87a507d21d9144bcc317687f9323f1fc055b2"_s;
        const QString second =
            u"1d83095a80dc9910a6bdf99e6cbae4e392066a91f3a8089975d5957250079b0a"_s;
        const QList<AttachmentRef> row2 = attachmentsOf(organisation(u"row2"_s));
        QCOMPARE(row2.size(), 2);
        QCOMPARE(row2.at(0).name, u"test_data.txt"_s);
        QCOMPARE(row2.at(0).size, 38);
        QCOMPARE(row2.at(0).hash, first);
        QCOMPARE(row2.at(0).mediaType, u"text/plain"_s);
        QCOMPARE(row2.at(1).name, u"test_data2.txt"_s);
        QCOMPARE(row2.at(1).size, 43);
        QCOMPARE(row2.at(1).hash, second);
        const QList<AttachmentRef> row4 = attachmentsOf(organisation(u"row4"_s));
        QCOMPARE(row4.size(), 1);
        QCOMPARE(row4.first().hash, second);
        QVERIFY(attachmentsOf(organisation(u"row1"_s)).isEmpty());
        QVERIFY(attachmentsOf(organisation(u"row3"_s)).isEmpty());

        // Byte-exact in the replica's store.
        AttachmentStore store = attachmentStoreOf(*m_replica);
        QCOMPARE(store.list(), (QStringList{second, first}));
        auto file = store.open(first);
        QVERIFY(file);
        QCOMPARE((*file)->readAll(), QByteArray("this is some test data for attachment."));
        file = store.open(second);
        QCOMPARE((*file)->readAll(), QByteArray("this is some more test data for attachment."));

        // A second import changes nothing.
        const qint64 operations = operationCount(*m_replica);
        auto again =
            importAccess(*m_replica, fixture(u"complexDataTestV2007.accdb"_s), mapping, options());
        QVERIFY(again);
        QCOMPARE(again->total(&TableReport::created), 0);
        QCOMPARE(again->total(&TableReport::updated), 0);
        QCOMPARE(again->total(&TableReport::attachments), 0);
        QCOMPARE(operationCount(*m_replica), operations);
        QCOMPARE(attachmentsOf(organisation(u"row2"_s)).size(), 2);
        QCOMPARE(store.list().size(), 2);

        // The import is one undoable change: undoing it takes the records and their files away.
        QVERIFY(m_replica->undo());
        QCOMPARE(count(*m_replica, Kind::Organisation), 0);
    }

    void damagedAttachmentsAreRejects()
    {
        QFile good(fixture(u"complexDataTestV2007.accdb"_s));
        QVERIFY(good.open(QIODevice::ReadOnly));
        QByteArray bytes = good.readAll();
        // "test_data.txt" announces 2 GB; the copy of "test_data2.txt" of row4 is garbled.
        const qsizetype one = bytes.indexOf(QByteArray::fromHex("010000003A000000785E"));
        const qsizetype two = bytes.indexOf(QByteArray::fromHex("010000003F000000785E"));
        QVERIFY(one > 0 && two > 0);
        bytes.replace(one + 4, 4, QByteArray::fromHex("FFFFFF7F"));
        for (qsizetype i = two + 12; i < two + 40; ++i)
            bytes[i] = char(0xA5);
        const QString path = m_dir.filePath(u"damaged-attachments.accdb"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();

        ImportMapping mapping = attachmentMapping();
        mapping.source = u"access:damaged"_s;
        auto report = importAccess(*m_replica, path, mapping, options());
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->total(&TableReport::created), 4); // the records still import
        QCOMPARE(report->total(&TableReport::attachments), 1);
        QStringList reasons;
        for (const Reject &r : report->rejects) {
            if (r.column == u"attach-data") {
                reasons.append(r.reason);
                QVERIFY(!r.wholeRow);
            }
        }
        QCOMPARE(reasons.size(), 2);
        QVERIFY2(reasons.join(u' ').contains(u"64 MB"_s), qPrintable(reasons.join(u" / "_s)));
        QVERIFY2(reasons.join(u' ').contains(u"damaged"_s), qPrintable(reasons.join(u" / "_s)));
        QCOMPARE(attachmentsOf(organisation(u"row2"_s)).size(), 1);
        QVERIFY(attachmentsOf(organisation(u"row4"_s)).isEmpty());
    }

    void pictureInOleObject()
    {
        // A 1x1 PNG behind an OLE header and followed by a trailer, as Access keeps it.
        const QByteArray png = QByteArray::fromHex(
            "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415478"
            "9c63f8cfc0000003010100c9fe92ef0000000049454e44ae426082");
        const QByteArray ole = QByteArray::fromHex("151c2f000200000007000e00ffffffff") +
                               "Bitmap Image\0Paint.Picture\0" + QByteArray(40, '\0') + png +
                               QByteArray::fromHex("0105000000000000");
        auto file = extractOleFile(ole, u"Logo"_s);
        QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
        QCOMPARE(file->name, u"Logo.png"_s);
        QCOMPARE(file->mediaType, u"image/png"_s);
        QCOMPARE(file->content, png);
        QCOMPARE(QCryptographicHash::hash(file->content, QCryptographicHash::Sha256).toHex(),
                 QByteArray("b1ff9c8ea3a780bad09b346c423d2d0e46815926879b18e841d928376a946640"));

        // A PDF is cut at its last %%EOF.
        const QByteArray pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF";
        auto document = extractOleFile(QByteArray(30, 'x') + pdf + QByteArray(8, '\0'), u"Doc"_s);
        QVERIFY(document);
        QCOMPARE(document->content, pdf);

        // No known file inside, or a picture cut short: a reason, never a crash.
        auto unknown = extractOleFile(QByteArray(500, '\x42'), u"Logo"_s);
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(u"PNG"_s));
        QVERIFY(!extractOleFile(ole.left(ole.indexOf("IEND") - 3), u"Logo"_s));
        QVERIFY(!extractOleFile({}, u"Logo"_s));

        // A file dropped into the column as a package keeps its name and any kind.
        auto le32 = [](quint32 v) {
            QByteArray b;
            for (int shift = 0; shift < 32; shift += 8)
                b.append(char((v >> shift) & 0xff));
            return b;
        };
        const QByteArray odt = "PK\x03\x04 a document of the network";
        const QByteArray label = "Statuts \xE9t\xE9.odt"; // Windows-1252
        QByteArray native = QByteArray("\x02\x00", 2) + label + '\0' + "C:\\Docs\\" + label + '\0' +
                            QByteArray("\x00\x00\x03\x00", 4) + le32(4) + "C:\\T" +
                            le32(quint32(odt.size())) + odt;
        const QByteArray package = QByteArray::fromHex("151c2f0002000000") + le32(0x0501) +
                                   le32(2) + le32(8) + QByteArray("Package\0", 8) + le32(0) +
                                   le32(0) + le32(quint32(native.size())) + native +
                                   QByteArray(12, '\0');
        auto packaged = extractOleFile(package, u"Statuts"_s);
        QVERIFY2(packaged, qPrintable(packaged ? QString() : packaged.error().message));
        QCOMPARE(packaged->name, u"Statuts été.odt"_s);
        QCOMPARE(packaged->content, odt);
        // A package cut short falls back to signatures, and finds none.
        QVERIFY(!extractOleFile(package.left(package.size() - 30), u"Statuts"_s));

        // Through the value the worker sends.
        const EmbeddedFiles found =
            embeddedFilesOf(QJsonObject{{u"binary"_s, QString::fromLatin1(ole.toBase64())},
                                        {u"size"_s, ole.size()}},
                            u"Logo"_s);
        QCOMPARE(found.files.size(), 1);
        QVERIFY(found.problems.isEmpty());
    }

    void relationsBetweenOrganisations()
    {
        ImportMapping mapping = mappingFromFile(u"linkee-people.json"_s);
        TableMapping &relations = mapping.tables[1];
        relations.kind = Kind::Relation;
        relations.fields.clear();
        relations.contacts.clear();
        relations.engagement.reset();
        relations.constants.insert(u"type"_s, u"memberOf"_s);
        relations.references = {{u"ID"_s, u"source"_s, u"Table1"_s},
                                {u"ID"_s, u"target"_s, u"Table1"_s}};
        auto report = importAccess(*m_replica, fixture(u"linkeeTest.accdb"_s), mapping, options());
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(count(*m_replica, Kind::Relation), 1);
        auto hits = m_replica->search({.kinds = {Kind::Relation}});
        auto relation = m_replica->record(hits->first().iri);
        auto organisations = m_replica->search({.kinds = {Kind::Organisation}});
        QCOMPARE(relation->fields.value(u"source"_s).toString(), organisations->first().iri);
        QCOMPARE(relation->fields.value(u"type"_s).toString(), u"memberOf"_s);
    }

    void existingRecordsAreMatched()
    {
        // Same name folded for case: listed as a candidate, not merged.
        auto existing = m_replica->create(Kind::Organisation, {{u"name"_s, u"  ABCDEFG "_s}});
        QVERIFY(existing);
        auto report = importAccess(*m_replica, fixture(u"testV2007.accdb"_s),
                                   mappingFromFile(u"testV2007-organisations.json"_s), options());
        QVERIFY(report);
        QCOMPARE(report->candidates.size(), 1);
        QCOMPARE(report->candidates.first().existingIri, *existing);
        QCOMPARE(report->candidates.first().rowKey, u"abcdefg"_s);
        QCOMPARE(count(*m_replica, Kind::Organisation), 3);
    }

    void linkedByEmail()
    {
        // A person with the same email (as imported from the file) is linked, not duplicated.
        ImportMapping mapping = mappingFromFile(u"linkee-people.json"_s);
        mapping.tables[1].fields.insert(u"Field1"_s, u"familyName"_s);
        mapping.tables[1].constants.insert(u"email"_s, u"buzz@reseau.example"_s);
        auto existing = m_replica->create(
            Kind::Person, {{u"familyName"_s, u"Buzz"_s}, {u"email"_s, u"Buzz@reseau.example"_s}});
        QVERIFY(existing);
        auto report = importAccess(*m_replica, fixture(u"linkeeTest.accdb"_s), mapping, options());
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->total(&TableReport::linked), 1);
        QCOMPARE(count(*m_replica, Kind::Person), 1);
        QCOMPARE(m_replica->record(*existing)->fields.value(u"familyName"_s).toString(), u"buzz"_s);
    }

    void damagedFileChangesNothing()
    {
        QFile good(fixture(u"testV2007.accdb"_s));
        QVERIFY(good.open(QIODevice::ReadOnly));
        QByteArray damaged = good.readAll();
        damaged.truncate(damaged.size() / 3 + 17);
        const QString path = m_dir.filePath(u"truncated.accdb"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(damaged);
        file.close();

        const qint64 before = changes(*m_replica);
        auto report = importAccess(*m_replica, path,
                                   mappingFromFile(u"testV2007-organisations.json"_s), options());
        QVERIFY(!report);
        QVERIFY(report.error().message.contains(u"damaged"_s));
        QCOMPARE(changes(*m_replica), before);
        QCOMPARE(count(*m_replica, Kind::Organisation), 0);
    }
};

QTEST_GUILESS_MAIN(TestAccessImport)
#include "test_accessimport.moc"
