// SPDX-License-Identifier: GPL-3.0-or-later
// Bad bundles: each kind is refused by the real `pes bundle import` with a
// message naming the problem, and the receiving replica is left as it was.
#include "bundleexport.h"
#include "bundleformat.h"
#include "bundletesting.h"

#include <KZip>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace pes;
using namespace pes::test;

namespace {

const QString network = u"https://reseau-a.example.org"_s;
const QString otherNetwork = u"https://reseau-b.example.org"_s;

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

// A ZIP written by hand (stored entries), so that a test can write what an
// archive library would not: names leading outside, sizes that lie.
struct RawEntry
{
    QByteArray name;
    QByteArray data;
    qint64 declaredSize = -1; // the uncompressed size the directory claims
};

QByteArray rawZip(const QList<RawEntry> &entries)
{
    QByteArray out, directory;
    for (const RawEntry &entry : entries) {
        const quint32 offset = quint32(out.size());
        const quint32 crc = crc32(entry.data);
        const quint32 size = quint32(entry.data.size());
        const quint32 declared = entry.declaredSize < 0 ? size : quint32(entry.declaredSize);
        put32(out, 0x04034b50);
        put16(out, 20), put16(out, 0), put16(out, 0), put16(out, 0), put16(out, 0x21);
        put32(out, crc), put32(out, size), put32(out, declared);
        put16(out, quint16(entry.name.size())), put16(out, 0);
        out += entry.name + entry.data;

        put32(directory, 0x02014b50);
        put16(directory, 20), put16(directory, 20), put16(directory, 0), put16(directory, 0);
        put16(directory, 0), put16(directory, 0x21);
        put32(directory, crc), put32(directory, size), put32(directory, declared);
        put16(directory, quint16(entry.name.size())), put16(directory, 0), put16(directory, 0);
        put16(directory, 0), put16(directory, 0), put32(directory, 0), put32(directory, offset);
        directory += entry.name;
    }
    const quint32 directoryOffset = quint32(out.size());
    out += directory;
    put32(out, 0x06054b50);
    put16(out, 0), put16(out, 0), put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, quint32(directory.size())), put32(out, directoryOffset), put16(out, 0);
    return out;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// The entries of a real bundle, read back.
QMap<QString, QByteArray> entriesOf(const QString &path)
{
    KZip zip(path);
    QMap<QString, QByteArray> entries;
    if (!zip.open(QIODevice::ReadOnly))
        return entries;
    for (const QString &name : {u"manifest.json"_s, u"operations.nq"_s, u"records.nq"_s}) {
        if (const KArchiveFile *file = zip.directory()->file(name))
            entries.insert(name, file->data());
    }
    return entries;
}

QList<RawEntry> rawEntries(const QMap<QString, QByteArray> &entries)
{
    QList<RawEntry> raw;
    for (auto it = entries.begin(); it != entries.end(); ++it)
        raw.append({it.key().toUtf8(), it.value()});
    return raw;
}

} // namespace

class TestBundleRefusal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;
    QString m_good;      // a bundle from a laptop of the network
    QString m_elsewhere; // a bundle from a laptop of another network
    QString m_office;    // the receiving replica
    QMap<QString, QByteArray> m_entries;

    QString makeBundle(const QString &name, const QString &networkIri)
    {
        auto replica = Replica::create(m_folder.filePath(name + u".sqlite"_s), {networkIri, name});
        if (!replica)
            return {};
        (void)(*replica)->create(Kind::Organisation, {{u"name"_s, u"Recyclerie du quartier"_s}});
        (void)(*replica)->create(Kind::Organisation, {{u"name"_s, u"Épicerie solidaire"_s}});
        const QString file = m_folder.filePath(name + u".pesbundle"_s);
        auto report =
            bundle::exportBundle(**replica, {bundle::ExportOptions::Scope::Unsynced, {}, file});
        return report ? file : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        m_good = makeBundle(u"laptop"_s, network);
        m_elsewhere = makeBundle(u"elsewhere"_s, otherNetwork);
        QVERIFY(!m_good.isEmpty() && !m_elsewhere.isEmpty());
        m_entries = entriesOf(m_good);
        QCOMPARE(m_entries.size(), 3);
        m_office = m_folder.filePath(u"office.sqlite"_s);
        auto office = Replica::create(m_office, {network, u"office"_s});
        QVERIFY(office);
        QVERIFY((*office)->create(Kind::Organisation, {{u"name"_s, u"Siège du réseau"_s}}));
    }

    void badBundleIsRefused_data()
    {
        QTest::addColumn<QByteArray>("content"); // the file, or empty to use `source`
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("message");

        QMap<QString, QByteArray> altered = m_entries;
        altered[u"operations.nq"_s].replace("Recyclerie", "Recyclerix");
        QTest::newRow("bad checksum")
            << rawZip(rawEntries(altered)) << QString() << u"checksum mismatch for operations.nq"_s;

        QList<RawEntry> parent = rawEntries(m_entries);
        parent.append(RawEntry{"../evil.sh", "echo owned\n"});
        QTest::newRow("parent path")
            << rawZip(parent) << QString() << u"“../evil.sh” leads outside the bundle's folder"_s;

        QList<RawEntry> inner = rawEntries(m_entries);
        inner.append(RawEntry{"attachments/../../evil.sh", "echo owned\n"});
        QTest::newRow("inner parent path")
            << rawZip(inner) << QString() << u"leads outside the bundle's folder"_s;

        QList<RawEntry> absolute = rawEntries(m_entries);
        absolute.append(RawEntry{"/tmp/evil.sh", "echo owned\n"});
        QTest::newRow("absolute path")
            << rawZip(absolute) << QString() << u"“/tmp/evil.sh” has an absolute path"_s;

        QList<RawEntry> huge = rawEntries(m_entries);
        huge[2].declaredSize = 0xf0000000; // records.nq claims 3.75 GiB
        QTest::newRow("absurd declared size")
            << rawZip(huge) << QString()
            << u"records.nq declares 4026531840 bytes, over the limit"_s;

        // 64 MiB of zeros that deflate to a few dozen KiB, listed properly.
        const QString bombPath = m_folder.filePath(u"bomb.pesbundle"_s);
        {
            const QByteArray zeros(64 << 20, '\0');
            const QString name = u"attachments/sha256/"_s + bundle::sha256Hex(zeros);
            QJsonObject manifest =
                QJsonDocument::fromJson(m_entries.value(u"manifest.json"_s)).object();
            QJsonArray list = manifest.value(u"entries"_s).toArray();
            list.append(QJsonObject{{u"name"_s, name},
                                    {u"size"_s, zeros.size()},
                                    {u"sha256"_s, bundle::sha256Hex(zeros)}});
            manifest.insert(u"entries"_s, list);
            KZip zip(bombPath);
            QVERIFY(zip.open(QIODevice::WriteOnly));
            QVERIFY(zip.writeFile(u"operations.nq"_s, m_entries.value(u"operations.nq"_s)));
            QVERIFY(zip.writeFile(u"records.nq"_s, m_entries.value(u"records.nq"_s)));
            QVERIFY(zip.writeFile(name, zeros));
            QVERIFY(zip.writeFile(u"manifest.json"_s, QJsonDocument(manifest).toJson()));
            QVERIFY(zip.close());
        }
        QTest::newRow("zip bomb") << QByteArray() << bombPath << u"looks like a ZIP bomb"_s;

        QMap<QString, QByteArray> newer = m_entries;
        QJsonObject manifest = QJsonDocument::fromJson(newer.value(u"manifest.json"_s)).object();
        manifest.insert(u"formatVersion"_s, 99);
        newer[u"manifest.json"_s] = QJsonDocument(manifest).toJson();
        QTest::newRow("unknown version")
            << rawZip(rawEntries(newer)) << QString() << u"bundle format version 99"_s;

        QFile good(m_good);
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray whole = good.readAll();
        QTest::newRow("truncated")
            << whole.left(whole.size() * 6 / 10) << QString() << u"not a complete ZIP archive"_s;
        QTest::newRow("empty file")
            << QByteArray(" ") << QString() << u"not a complete ZIP archive"_s;

        QTest::newRow("other network")
            << QByteArray() << m_elsewhere
            << u"comes from another network (<https://reseau-b.example.org>, elsewhere)"_s;

        // An attachment whose content is not the one its name promises, listed with
        // the checksum of what it holds.
        {
            const QByteArray promised = "the real photo";
            const QByteArray swapped = "something else";
            const QString name = u"attachments/sha256/"_s + bundle::sha256Hex(promised);
            QMap<QString, QByteArray> withBlob = m_entries;
            QJsonObject manifest =
                QJsonDocument::fromJson(withBlob.value(u"manifest.json"_s)).object();
            QJsonArray list = manifest.value(u"entries"_s).toArray();
            list.append(QJsonObject{{u"name"_s, name},
                                    {u"size"_s, swapped.size()},
                                    {u"sha256"_s, bundle::sha256Hex(swapped)}});
            manifest.insert(u"entries"_s, list);
            QJsonObject counts = manifest.value(u"counts"_s).toObject();
            counts.insert(u"attachments"_s, 1);
            manifest.insert(u"counts"_s, counts);
            withBlob[u"manifest.json"_s] = QJsonDocument(manifest).toJson();
            withBlob[name] = swapped;
            QTest::newRow("attachment not what its name says")
                << rawZip(rawEntries(withBlob)) << QString()
                << u"checksum mismatch for %1: its content has SHA-256"_s.arg(name);
        }

        QMap<QString, QByteArray> unlisted = m_entries;
        unlisted.remove(u"records.nq"_s);
        QTest::newRow("missing entry")
            << rawZip(rawEntries(unlisted)) << QString() << u"lists 2 entries, and it holds 1"_s;
    }

    void badBundleIsRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, source);
        QFETCH(QString, message);
        QString file = source;
        if (file.isEmpty()) {
            file = m_folder.filePath(u"bad.pesbundle"_s);
            QVERIFY(writeFile(file, content));
        }
        const QByteArray before = replicaFingerprint(m_office);
        PesRun run = runPes(m_office, {u"bundle"_s, u"import"_s, file});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Nothing was changed."_s), qPrintable(run.err));
        QCOMPARE(replicaFingerprint(m_office), before);
        QVERIFY(QDir(m_office + u".attachments/sha256"_s).isEmpty());
        QVERIFY(!QFile::exists(m_folder.filePath(u"evil.sh"_s)));
    }

    // The same entries rewritten by the hand-made writer are accepted: the
    // refusals above come from the defects, not from the writer.
    void soundRewriteIsAccepted()
    {
        const QString file = m_folder.filePath(u"rewritten.pesbundle"_s);
        QVERIFY(writeFile(file, rawZip(rawEntries(m_entries))));
        const QByteArray before = replicaFingerprint(m_office);
        PesRun run = runPes(m_office, {u"bundle"_s, u"import"_s, file});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"2 applied"_s), qPrintable(run.out));
        QVERIFY(replicaFingerprint(m_office) != before);
    }
};

QTEST_GUILESS_MAIN(TestBundleRefusal)
#include "test_bundlerefusal.moc"
