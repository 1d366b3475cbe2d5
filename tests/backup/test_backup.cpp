// SPDX-License-Identifier: GPL-3.0-or-later
// Backups: consistent snapshots while another process writes, verified
// restores, every kind of bad backup refused with nothing changed, automatic
// backups before a schema upgrade and their rotation.
#include "backup/backup.h"
#include "demo/demodata.h"
#include "replica/replica.h"
#include "replica/searchindex.h"
#include "storage/schema.h"

#include <KZip>

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace pes;

namespace {

const NetworkInfo network{u"https://apeas.example.org"_s, u"APEAS"_s};

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

qint64 organisations(const QString &path)
{
    auto replica = Replica::open(path);
    if (!replica)
        qFatal("%s", qPrintable(replica.error().message));
    return (*replica)->stats()->records.value(Kind::Organisation);
}

QString integrity(const QString &path)
{
    sql::Database db;
    if (!db.open(path, sql::Database::Mode::ReadOnly))
        return u"cannot open"_s;
    return db.scalar(u"PRAGMA integrity_check"_s).value_or(QVariant()).toString();
}

using Entries = QList<std::pair<QString, QByteArray>>;

Entries readEntries(const QString &backupFile)
{
    KZip zip(backupFile);
    if (!zip.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(backupFile));
    Entries entries;
    for (const QString &name : zip.directory()->entries())
        entries.append({name, zip.directory()->file(name)->data()});
    return entries;
}

void writeZip(const QString &path, const Entries &entries)
{
    KZip zip(path);
    QVERIFY(zip.open(QIODevice::WriteOnly));
    for (const auto &[name, data] : entries)
        QVERIFY(zip.writeFile(name, data));
    QVERIFY(zip.close());
}

QByteArray &entry(Entries &entries, const QString &name)
{
    for (auto &[entryName, data] : entries) {
        if (entryName == name)
            return data;
    }
    qFatal("no entry %s", qPrintable(name));
}

// Replaces replica.sqlite and makes the manifest agree with it, checksum included.
void replaceDatabase(Entries &entries, const QByteArray &database)
{
    entry(entries, u"replica.sqlite"_s) = database;
    QJsonObject manifest = QJsonDocument::fromJson(entry(entries, u"manifest.json"_s)).object();
    manifest[u"entries"_s] = QJsonArray{
        QJsonObject{{u"name"_s, u"replica.sqlite"_s},
                    {u"size"_s, database.size()},
                    {u"sha256"_s,
                     QString::fromLatin1(
                         QCryptographicHash::hash(database, QCryptographicHash::Sha256).toHex())}}};
    entry(entries, u"manifest.json"_s) = QJsonDocument(manifest).toJson();
}

// Rewrites the uncompressed size an entry declares, in its local header and
// in the central directory.
void declareSize(const QString &zipPath, const QString &name, quint32 size)
{
    QFile file(zipPath);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray data = file.readAll();
    const QByteArray needle = name.toUtf8();
    int patched = 0;
    for (qsizetype at = data.indexOf(needle); at >= 0; at = data.indexOf(needle, at + 1)) {
        if (at >= 30 && qFromLittleEndian<quint32>(data.constData() + at - 30) == 0x04034b50) {
            qToLittleEndian<quint32>(size, data.data() + at - 30 + 22);
            ++patched;
        } else if (at >= 46 &&
                   qFromLittleEndian<quint32>(data.constData() + at - 46) == 0x02014b50) {
            qToLittleEndian<quint32>(size, data.data() + at - 46 + 24);
            ++patched;
        }
    }
    QCOMPARE(patched, 2);
    file.seek(0);
    file.write(data);
}

QByteArray alteredDatabase(const QByteArray &database, const QString &sql)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"altered.sqlite"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(database) != database.size())
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    {
        sql::Database db;
        if (!db.open(path, sql::Database::Mode::ReadWrite) || !db.exec(sql))
            qFatal("cannot alter the database");
    }
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_good; // a sound backup of a small demo replica

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString source = path(u"source.sqlite"_s);
        auto replica = Replica::create(source, network);
        QVERIFY(replica);
        QVERIFY(generateDemoData(**replica, {.organisations = 40}));
        QVERIFY((*replica)->remove((*replica)->search({.text = u""_s, .limit = 1})->first().iri));
        m_good = path(u"good.pesbackup"_s);
        auto manifest = backup::writeBackup(**replica, m_good);
        QVERIFY2(manifest, qPrintable(manifest ? QString() : manifest.error().message));
        QCOMPARE(manifest->networkIri, network.iri);
        QVERIFY(!manifest->device.isEmpty());
    }

    void roundTrip()
    {
        const QString target = path(u"restored.sqlite"_s);
        auto restored = backup::restoreBackup(m_good, target);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        QVERIFY(restored->replacedKeptAs.isEmpty());

        auto source = Replica::open(path(u"source.sqlite"_s));
        auto copy = Replica::open(target);
        QVERIFY(source && copy);
        QCOMPARE((*copy)->stats()->records, (*source)->stats()->records);
        QCOMPARE((*copy)->stats()->deleted, 1);
        QCOMPARE((*copy)->deviceId(), (*source)->deviceId());
        const auto hits =
            (*source)->search({.text = u"a"_s, .kinds = {Kind::Organisation}, .limit = 5});
        QVERIFY(!hits->isEmpty());
        for (const SearchHit &hit : *hits)
            QCOMPARE((*copy)->record(hit.iri)->fields, (*source)->record(hit.iri)->fields);
        QCOMPARE(restored->manifest.counts.value(u"organisation"_s),
                 (*source)->stats()->records.value(Kind::Organisation));
        auto updated = (*copy)->update(hits->first().iri, {{u"city"_s, u"Forcalquier"_s}});
        QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().message));
    }

    // The writer commits batches of 1 to 50 organisations; every backup must
    // hold a whole number of batches, never part of one.
    void backupWhileAnotherProcessWrites()
    {
        const QString live = path(u"live.sqlite"_s);
        QVERIFY(Replica::create(live, network));
        QProcess writer;
        writer.start(QStringLiteral(PES_BIN_DIR "/crashwriter"), {live});
        QVERIFY(writer.waitForStarted());
        QVERIFY(writer.waitForReadyRead(20000));

        QStringList backups;
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(150);
            auto replica = Replica::open(live);
            QVERIFY2(replica, qPrintable(replica ? QString() : replica.error().message));
            const QString file = path(u"live-%1.pesbackup"_s.arg(i));
            auto manifest = backup::writeBackup(**replica, file);
            QVERIFY2(manifest, qPrintable(manifest ? QString() : manifest.error().message));
            backups.append(file);
        }
        writer.kill();
        writer.waitForFinished();
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit); // it was still writing

        QSet<qint64> consistent{0};
        qint64 total = 0;
        for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 3 && parts.first() == "committed")
                consistent.insert(total += parts.at(2).toLongLong());
        }
        qint64 previous = -1;
        for (const QString &file : std::as_const(backups)) {
            const QString target = file + u".sqlite"_s;
            auto restored = backup::restoreBackup(file, target);
            QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
            QCOMPARE(integrity(target), u"ok"_s);
            const qint64 count = organisations(target);
            QVERIFY2(
                consistent.contains(count),
                qPrintable(u"%1 holds %2 organisations, part of a batch"_s.arg(file).arg(count)));
            QCOMPARE(restored->manifest.counts.value(u"organisation"_s), count);
            QVERIFY(count >= previous);
            previous = count;
        }
        QVERIFY2(previous > 0, "the writer wrote nothing during the backups");
    }

    void refusesBadBackups_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a zip") << u"text"_s << u"not a ZIP archive"_s;
        QTest::newRow("missing file") << u"missing"_s << u"no backup file"_s;
        QTest::newRow("checksum mismatch") << u"checksum"_s << u"checksum mismatch"_s;
        QTest::newRow("path traversal") << u"traversal"_s << u"leads outside"_s;
        QTest::newRow("absolute path") << u"absolute"_s << u"absolute path"_s;
        QTest::newRow("unexpected entry") << u"extra"_s << u"unexpected entry"_s;
        QTest::newRow("no manifest") << u"nomanifest"_s << u"no manifest.json"_s;
        QTest::newRow("unknown format version") << u"format"_s << u"format version 99"_s;
        QTest::newRow("size lie") << u"size"_s << u"the manifest says"_s;
        QTest::newRow("inflates past its size") << u"bomb"_s << u"more than the 4096 bytes"_s;
        QTest::newRow("newer schema") << u"schema"_s << u"schema version 99"_s;
        QTest::newRow("not a replica") << u"foreign"_s << u"not a PES replica"_s;
        QTest::newRow("counts disagree") << u"counts"_s << u"does not hold the records"_s;
    }

    void refusesBadBackups()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);

        QTemporaryDir dir;
        const QString bad = dir.filePath(u"bad.pesbackup"_s);
        Entries entries = readEntries(m_good);
        QByteArray &database = entry(entries, u"replica.sqlite"_s);
        if (kind == u"text") {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Nom;Ville\nMesclun;Marseille\n");
        } else if (kind == u"checksum") {
            database[database.size() / 2] = char(database.at(database.size() / 2) ^ 0x55);
            writeZip(bad, entries);
        } else if (kind == u"traversal") {
            writeZip(bad, entries + Entries{{u"../escaped.txt"_s, "gotcha"}});
        } else if (kind == u"absolute") {
            writeZip(bad, entries + Entries{{u"/tmp/escaped.txt"_s, "gotcha"}});
        } else if (kind == u"extra") {
            writeZip(bad, entries + Entries{{u"notes.txt"_s, "hello"}});
        } else if (kind == u"nomanifest") {
            writeZip(bad, {{u"replica.sqlite"_s, database}});
        } else if (kind == u"format") {
            QJsonObject manifest =
                QJsonDocument::fromJson(entry(entries, u"manifest.json"_s)).object();
            manifest[u"formatVersion"_s] = 99;
            entry(entries, u"manifest.json"_s) = QJsonDocument(manifest).toJson();
            writeZip(bad, entries);
        } else if (kind == u"size") {
            replaceDatabase(entries, database);
            QJsonObject manifest =
                QJsonDocument::fromJson(entry(entries, u"manifest.json"_s)).object();
            QJsonObject first = manifest[u"entries"_s].toArray().first().toObject();
            first[u"size"_s] = database.size() * 1000;
            manifest[u"entries"_s] = QJsonArray{first};
            entry(entries, u"manifest.json"_s) = QJsonDocument(manifest).toJson();
            writeZip(bad, entries);
        } else if (kind == u"bomb") {
            // The ZIP and the manifest both declare 4 KiB; the data inflates to far more.
            replaceDatabase(entries, database);
            QJsonObject manifest =
                QJsonDocument::fromJson(entry(entries, u"manifest.json"_s)).object();
            QJsonObject first = manifest[u"entries"_s].toArray().first().toObject();
            first[u"size"_s] = 4096;
            manifest[u"entries"_s] = QJsonArray{first};
            entry(entries, u"manifest.json"_s) = QJsonDocument(manifest).toJson();
            writeZip(bad, entries);
            declareSize(bad, u"replica.sqlite"_s, 4096);
        } else if (kind == u"schema") {
            replaceDatabase(entries, alteredDatabase(database, u"PRAGMA user_version = 99"_s));
            writeZip(bad, entries);
        } else if (kind == u"foreign") {
            replaceDatabase(entries, alteredDatabase(database, u"PRAGMA application_id = 7"_s));
            writeZip(bad, entries);
        } else if (kind == u"counts") {
            replaceDatabase(entries, alteredDatabase(database, u"DELETE FROM change"_s));
            writeZip(bad, entries);
        } else {
            QVERIFY(kind == u"missing");
        }

        // An existing replica, which even --force must leave as it was.
        const QString target = dir.filePath(u"replica.sqlite"_s);
        QVERIFY(Replica::create(target, network));
        const QByteArray before = fileHash(target);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden);

        auto verified = backup::verifyBackup(bad);
        QVERIFY(!verified);
        QVERIFY2(verified.error().message.contains(message), qPrintable(verified.error().message));
        auto restored = backup::restoreBackup(bad, target, {.force = true});
        QVERIFY(!restored);
        QVERIFY2(restored.error().message.contains(message), qPrintable(restored.error().message));
        if (kind != u"missing")
            QVERIFY2(restored.error().message.contains(u"Nothing was changed"_s),
                     qPrintable(restored.error().message));

        QCOMPARE(fileHash(target), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden), filesBefore);
        QVERIFY(!QFile::exists(dir.filePath(u"../escaped.txt"_s)));
        QVERIFY(!QFile::exists(u"/tmp/escaped.txt"_s));
    }

    void replacesOnlyWithForceAndKeepsTheReplaced()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"replica.sqlite"_s);
        {
            auto replica =
                Replica::create(target, {u"https://mesclun.example.org"_s, u"Mesclun"_s});
            QVERIFY(replica);
            QVERIFY((*replica)->create(Kind::Organisation, {{u"name"_s, u"Le Bar à Vélo"_s}}));
        }
        const QByteArray before = fileHash(target);
        auto refused = backup::restoreBackup(m_good, target);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"--force"_s));
        QCOMPARE(fileHash(target), before);

        {
            // Another program has it open: never replaced under its feet.
            auto inUse = Replica::open(target);
            QVERIFY(inUse);
            auto busy = backup::restoreBackup(m_good, target, {.force = true});
            QVERIFY(!busy);
            QVERIFY2(busy.error().message.contains(u"in use"_s), qPrintable(busy.error().message));
        }

        auto restored = backup::restoreBackup(m_good, target, {.force = true});
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        QCOMPARE(Replica::open(target).value()->network().iri, network.iri);
        QVERIFY(QFile::exists(restored->replacedKeptAs));
        QCOMPARE(backup::automaticBackups(target), QStringList{restored->replacedKeptAs});

        // The replaced replica comes back from its backup.
        const QString back = dir.filePath(u"back.sqlite"_s);
        QVERIFY(backup::restoreBackup(restored->replacedKeptAs, back));
        auto replaced = Replica::open(back);
        QVERIFY(replaced);
        QCOMPARE((*replaced)->network().name, u"Mesclun"_s);
        QCOMPARE((*replaced)->stats()->records.value(Kind::Organisation), 1);
    }

    void backsUpBeforeASchemaUpgrade()
    {
        QTemporaryDir dir;
        const QString old = dir.filePath(u"old.sqlite"_s);
        {
            sql::Database db;
            QVERIFY(db.open(old, sql::Database::Mode::ReadWriteCreate));
            QVERIFY(schema::migrate(db, 2));
            QVERIFY(db.exec(uR"(
                INSERT INTO meta VALUES ('application', 'pes-desktop'),
                    ('network.iri', 'https://apeas.example.org'), ('network.name', 'APEAS'),
                    ('device.id', '0190c1a2-0000-7000-8000-000000000001'),
                    ('hlc.last', '0001733238000123.00004');
                INSERT INTO record (iri, kind, network, visibility, created, modified, title,
                                    fields)
                VALUES ('https://apeas.example.org/id/organisation/old-1', 'organisation',
                        'https://apeas.example.org', 'public', '2020-01-01T00:00:00.000Z',
                        '2020-01-02T00:00:00.000Z', 'Régie de quartier',
                        '{"name":"Régie de quartier"}');
            )"_s));
            QVERIFY(SearchIndex(db).rebuild());
        }
        QVERIFY(backup::automaticBackups(old).isEmpty());
        QVERIFY(Replica::open(old));
        const QStringList backups = backup::automaticBackups(old);
        QCOMPARE(backups.size(), 1);
        QVERIFY(backups.first().startsWith(dir.filePath(u"backups/old-"_s)));

        auto manifest = backup::verifyBackup(backups.first());
        QVERIFY2(manifest, qPrintable(manifest ? QString() : manifest.error().message));
        QCOMPARE(manifest->schemaVersion, 2);
        QVERIFY(manifest->reason.contains(u"schema version 2"_s));
        QCOMPARE(manifest->counts.value(u"organisation"_s), 1);

        // Opening the upgraded replica again takes no further backup.
        QVERIFY(Replica::open(old));
        QCOMPARE(backup::automaticBackups(old).size(), 1);
    }

    void keepsTheLastFewAutomaticBackups()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"replica.sqlite"_s);
        auto replica = Replica::create(target, network);
        QVERIFY(replica);
        QStringList taken;
        for (int i = 0; i < backup::keptAutomaticBackups + 2; ++i) {
            QVERIFY((*replica)->create(Kind::Organisation, {{u"name"_s, u"Atelier %1"_s.arg(i)}}));
            auto path = backup::autoBackup(**replica, u"before importing annuaire-%1.mdb"_s.arg(i));
            QVERIFY2(path, qPrintable(path ? QString() : path.error().message));
            taken.prepend(*path);
            QTest::qWait(2); // distinct millisecond stamps
        }
        QCOMPARE(backup::automaticBackups(target), taken.first(backup::keptAutomaticBackups));
        // The newest holds every organisation.
        auto newest = backup::verifyBackup(taken.first());
        QVERIFY(newest);
        QCOMPARE(newest->counts.value(u"organisation"_s), backup::keptAutomaticBackups + 2);
    }

    void refusesInTheMiddleOfAChange()
    {
        auto replica = Replica::open(path(u"source.sqlite"_s));
        QVERIFY(replica);
        auto scope = (*replica)->beginChange(u"half done"_s);
        QVERIFY(scope);
        QVERIFY((*replica)->create(Kind::Organisation, {{u"name"_s, u"Pas encore"_s}}));
        auto written = backup::writeBackup(**replica, path(u"midway.pesbackup"_s));
        QVERIFY(!written);
        QVERIFY(written.error().message.contains(u"middle of a change"_s));
        QVERIFY(!QFile::exists(path(u"midway.pesbackup"_s)));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "test_backup.moc"
