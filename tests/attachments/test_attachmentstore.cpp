// SPDX-License-Identifier: GPL-3.0-or-later
// The content-addressed attachment store: storing, deduplication, checking,
// transfers in pieces and garbage collection, on real files.
#include "attachments/attachmentstore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pes;

// Checks a Result or Status and prints its error when it holds one.
#define VERIFY_OK(result) QVERIFY2((result), (result) ? "" : qPrintable((result).error().message))

namespace {

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray sample(int size, char seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char(seed + i * 7 + i / 251);
    return bytes;
}

Result<AttachmentRef> putBytes(AttachmentStore &store, const QByteArray &bytes,
                               const QString &name = u"file.bin"_s)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return store.put(buffer, name, u"application/octet-stream"_s);
}

// Files left anywhere under the store's folder, relative to it.
QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDir dir(root);
    const auto entries = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &info : entries) {
        if (info.isDir()) {
            for (const QString &inner : filesUnder(info.filePath()))
                files.append(info.fileName() + u'/' + inner);
        } else {
            files.append(info.fileName());
        }
    }
    return files;
}

} // namespace

class TestAttachmentStore : public QObject
{
    Q_OBJECT

private slots:
    void hashParsing_data();
    void hashParsing();
    void refJson_data();
    void refJson();
    void putStoresUnderHash_data();
    void putStoresUnderHash();
    void putFileGuessesType();
    void putDeduplicates();
    void verifyDetectsCorruption();
    void malformedHashIsNeverFound();
    void partialTransferResumesAndVerifies();
    void partialTransferWithWrongBytesIsRefused();
    void partialOutOfOrderIsRefused();
    void garbageCollectionKeepsReferenced();
    void garbageCollectionSparesRecentBlobs();
    void replicaStoreFolder();
};

void TestAttachmentStore::hashParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: refused
    const QString hex = sha256("x");
    QTest::newRow("bare") << hex << hex;
    QTest::newRow("prefixed") << QString(u"sha256:"_s + hex) << hex;
    QTest::newRow("upper case") << QString(u"SHA256:"_s + hex.toUpper()) << hex;
    QTest::newRow("too short") << hex.left(63) << QString();
    QTest::newRow("not hex") << QString(hex.left(63) + u'g') << QString();
    QTest::newRow("other algorithm") << QString(u"md5:"_s + hex) << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestAttachmentStore::hashParsing()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto parsed = parseAttachmentHash(text);
    if (expected.isEmpty()) {
        QVERIFY(!parsed);
        QVERIFY(parsed.error().message.contains(u"SHA-256"_s));
    } else {
        VERIFY_OK(parsed);
        QCOMPARE(*parsed, expected);
    }
}

void TestAttachmentStore::refJson_data()
{
    QTest::addColumn<QJsonValue>("json");
    QTest::addColumn<QString>("error"); // empty: accepted
    const QString hash = u"sha256:"_s + sha256("logo");
    QTest::newRow("complete") << QJsonValue(QJsonObject{{u"hash"_s, hash},
                                                        {u"name"_s, u"logo.png"_s},
                                                        {u"mediaType"_s, u"image/png"_s},
                                                        {u"size"_s, 4}})
                              << QString();
    QTest::newRow("no media type")
        << QJsonValue(QJsonObject{{u"hash"_s, hash}, {u"name"_s, u"a"_s}, {u"size"_s, 0}})
        << QString();
    QTest::newRow("not an object") << QJsonValue(hash) << u"must be an object"_s;
    QTest::newRow("bare hash") << QJsonValue(QJsonObject{{u"hash"_s, sha256("logo")},
                                                         {u"name"_s, u"a"_s},
                                                         {u"size"_s, 1}})
                               << u"hash"_s;
    QTest::newRow("upper-case hash")
        << QJsonValue(QJsonObject{{u"hash"_s, hash.toUpper()}, {u"name"_s, u"a"_s}, {u"size"_s, 1}})
        << u"hash"_s;
    QTest::newRow("empty name") << QJsonValue(QJsonObject{
                                       {u"hash"_s, hash}, {u"name"_s, u" "_s}, {u"size"_s, 1}})
                                << u"no file name"_s;
    QTest::newRow("negative size")
        << QJsonValue(QJsonObject{{u"hash"_s, hash}, {u"name"_s, u"a"_s}, {u"size"_s, -1}})
        << u"size"_s;
    QTest::newRow("fractional size")
        << QJsonValue(QJsonObject{{u"hash"_s, hash}, {u"name"_s, u"a"_s}, {u"size"_s, 1.5}})
        << u"size"_s;
    QTest::newRow("size as text") << QJsonValue(QJsonObject{{u"hash"_s, hash},
                                                            {u"name"_s, u"a"_s},
                                                            {u"size"_s, u"1"_s}})
                                  << u"size"_s;
    QTest::newRow("unknown member")
        << QJsonValue(QJsonObject{
               {u"hash"_s, hash}, {u"name"_s, u"a"_s}, {u"size"_s, 1}, {u"colour"_s, u"red"_s}})
        << u"colour"_s;
}

void TestAttachmentStore::refJson()
{
    QFETCH(QJsonValue, json);
    QFETCH(QString, error);
    const auto ref = AttachmentRef::fromJson(json);
    if (!error.isEmpty()) {
        QVERIFY(!ref);
        QVERIFY2(ref.error().message.contains(error), qPrintable(ref.error().message));
        return;
    }
    VERIFY_OK(ref);
    QCOMPARE(QJsonValue(ref->toJson()), json);
}

void TestAttachmentStore::putStoresUnderHash_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("empty") << 0;
    QTest::newRow("small") << 5;
    QTest::newRow("several chunks") << 700 * 1024 + 3;
}

void TestAttachmentStore::putStoresUnderHash()
{
    QFETCH(int, size);
    QTemporaryDir dir;
    AttachmentStore store(dir.filePath(u"store"_s));
    const QByteArray bytes = sample(size, 'a');

    const auto ref = putBytes(store, bytes, u"report.pdf"_s);
    VERIFY_OK(ref);
    QCOMPARE(ref->hash, sha256(bytes));
    QCOMPARE(ref->size, qint64(size));
    QCOMPARE(ref->name, u"report.pdf"_s);

    QVERIFY(store.contains(ref->hash));
    QCOMPARE(store.path(ref->hash),
             dir.filePath(u"store/sha256/"_s + ref->hash.left(2) + u'/' + ref->hash));
    QCOMPARE(store.size(ref->hash).value(), qint64(size));
    QCOMPARE(store.list(), QStringList{ref->hash});
    QVERIFY(store.verify(ref->hash));
    auto file = store.open(ref->hash);
    QVERIFY(file);
    QCOMPARE((*file)->readAll(), bytes);

    // Nothing is left in the temporary folder.
    QCOMPARE(QDir(store.root() + u"/tmp"_s).entryList(QDir::Files), QStringList());
}

void TestAttachmentStore::putFileGuessesType()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(u"statuts.txt"_s);
    QFile file(source);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Article 1\n");
    file.close();

    AttachmentStore store(dir.filePath(u"store"_s));
    const auto ref = store.put(source);
    VERIFY_OK(ref);
    QCOMPARE(ref->name, u"statuts.txt"_s);
    QCOMPARE(ref->mediaType, u"text/plain"_s);
    QCOMPARE(ref->size, 10);

    const auto missing = store.put(dir.filePath(u"absent.pdf"_s));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    QVERIFY(missing.error().message.contains(u"absent.pdf"_s));
}

void TestAttachmentStore::putDeduplicates()
{
    QTemporaryDir dir;
    AttachmentStore store(dir.filePath(u"store"_s));
    const QByteArray bytes = sample(1000, 'q');

    const auto first = putBytes(store, bytes, u"a.bin"_s);
    const auto second = putBytes(store, bytes, u"b.bin"_s);
    QVERIFY(first && second);
    QCOMPARE(first->hash, second->hash);
    QCOMPARE(second->name, u"b.bin"_s);
    QCOMPARE(store.list().size(), 1);
    QCOMPARE(filesUnder(store.root()),
             QStringList{u"sha256/"_s + first->hash.left(2) + u'/' + first->hash});

    const auto other = putBytes(store, sample(1000, 'r'));
    QVERIFY(other);
    QCOMPARE(store.list().size(), 2);
}

void TestAttachmentStore::verifyDetectsCorruption()
{
    QTemporaryDir dir;
    AttachmentStore store(dir.filePath(u"store"_s));
    const auto ref = putBytes(store, sample(4096, 'c'));
    QVERIFY(ref);

    QFile blob(store.path(ref->hash));
    QVERIFY(blob.open(QIODevice::ReadWrite));
    blob.seek(100);
    blob.write("X");
    blob.close();

    const auto checked = store.verify(ref->hash);
    QVERIFY(!checked);
    QCOMPARE(checked.error().code, Error::Code::Storage);
    QVERIFY2(checked.error().message.contains(u"damaged"_s), qPrintable(checked.error().message));

    const auto missing = store.verify(sha256("never stored"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
}

void TestAttachmentStore::malformedHashIsNeverFound()
{
    QTemporaryDir dir;
    AttachmentStore store(dir.filePath(u"store"_s));
    QVERIFY(putBytes(store, "x"));
    QVERIFY(!store.contains(u"../../etc/passwd"_s));
    QVERIFY(store.path(u"../x"_s).isEmpty());
    QVERIFY(!store.open(u"sha256:"_s + sha256("x")));
    QVERIFY(!store.remove(u"../x"_s));
    QVERIFY(!store.appendPartial(u"../x"_s, 0, "y"));
}

void TestAttachmentStore::partialTransferResumesAndVerifies()
{
    QTemporaryDir dir;
    AttachmentStore store(dir.filePath(u"store"_s));
    const QByteArray bytes = sample(300000, 'p');
    const QString hash = sha256(bytes);

    QCOMPARE(store.partialSize(hash), 0);
    QVERIFY(store.appendPartial(hash, 0, QByteArrayView(bytes).first(120000)));
    QCOMPARE(store.partialSize(hash), 120000);
    QVERIFY(!store.contains(hash));
    QCOMPARE(store.list(), QStringList());

    QVERIFY(store.appendPartial(hash, 120000, QByteArrayView(bytes).sliced(120000)));
    const auto ref = store.finishPartial(hash);
    VERIFY_OK(ref);
    QCOMPARE(ref->size, bytes.size());
    QVERIFY(store.contains(hash));
    QVERIFY(store.verify(hash));
    QCOMPARE(store.partialSize(hash), 0);
}

void TestAttachmentStore::partialTransferWithWrongBytesIsRefused()
{
    QTemporaryDir dir;
    AttachmentStore store(dir.filePath(u"store"_s));
    const QString hash = sha256("the real content");

    QVERIFY(store.appendPartial(hash, 0, "something else"));
    const auto ref = store.finishPartial(hash);
    QVERIFY(!ref);
    QCOMPARE(ref.error().code, Error::Code::InvalidArgument);
    QVERIFY2(ref.error().message.contains(u"discarded"_s), qPrintable(ref.error().message));
    QVERIFY(!store.contains(hash));
    QCOMPARE(store.partialSize(hash), 0);
    QCOMPARE(filesUnder(store.root()), QStringList());
}

void TestAttachmentStore::partialOutOfOrderIsRefused()
{
    QTemporaryDir dir;
    AttachmentStore store(dir.filePath(u"store"_s));
    const QString hash = sha256("abcdef");
    QVERIFY(store.appendPartial(hash, 0, "abc"));

    const auto gap = store.appendPartial(hash, 4, "ef");
    QVERIFY(!gap);
    QCOMPARE(gap.error().code, Error::Code::Conflict);
    const auto overlap = store.appendPartial(hash, 2, "cdef");
    QVERIFY(!overlap);
    QCOMPARE(store.partialSize(hash), 3);

    QVERIFY(store.discardPartial(hash));
    QCOMPARE(store.partialSize(hash), 0);
}

void TestAttachmentStore::garbageCollectionKeepsReferenced()
{
    QTemporaryDir dir;
    AttachmentStore store(dir.filePath(u"store"_s));
    const auto kept = putBytes(store, sample(100, 'k'));
    const auto dropped = putBytes(store, sample(250, 'd'));
    QVERIFY(kept && dropped);
    const QString stale = sha256("stale partial");
    QVERIFY(store.appendPartial(stale, 0, "stale"));

    const auto collected = store.collectGarbage({kept->hash});
    VERIFY_OK(collected);
    QCOMPARE(collected->removed, QStringList{dropped->hash});
    QCOMPARE(collected->bytesFreed, 250 + 5);
    QCOMPARE(store.list(), QStringList{kept->hash});
    QCOMPARE(store.partialSize(stale), 0);

    const auto again = store.collectGarbage({kept->hash});
    QVERIFY(again);
    QCOMPARE(again->removed, QStringList());
    QCOMPARE(again->bytesFreed, 0);
}

void TestAttachmentStore::garbageCollectionSparesRecentBlobs()
{
    QTemporaryDir dir;
    AttachmentStore store(dir.filePath(u"store"_s));
    const auto fresh = putBytes(store, "just stored");
    QVERIFY(fresh);

    const auto collected = store.collectGarbage({}, QDateTime::currentDateTimeUtc().addSecs(-3600));
    QVERIFY(collected);
    QCOMPARE(collected->removed, QStringList());
    QVERIFY(store.contains(fresh->hash));
}

void TestAttachmentStore::replicaStoreFolder()
{
    QCOMPARE(AttachmentStore::rootForReplica(u"/data/reseau.pes"_s),
             u"/data/reseau.pes.attachments"_s);
}

QTEST_GUILESS_MAIN(TestAttachmentStore)
#include "test_attachmentstore.moc"
