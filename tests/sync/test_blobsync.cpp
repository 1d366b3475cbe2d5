// SPDX-License-Identifier: GPL-3.0-or-later
// Attachment files between replicas through a real pes-hub process: the blob
// endpoints, transfers cut in the middle and resumed, refused checksums, and
// the `pes attach` commands, and the hub's collection of unreferenced blobs.
#include "attachments/replicaattachments.h"
#include "engine/syncengine.h"
#include "faultproxy.h"
#include "hubfixture.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pes;
using namespace pes::test;

namespace {

const QString network = u"https://reseau-a.example.org"_s;
constexpr qint64 chunk = 64 * 1024;

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Bytes that do not compress or repeat, so a cut lands somewhere meaningful.
QByteArray sample(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = seed;
    for (qsizetype i = 0; i < size; ++i) {
        state = state * 1664525u + 1013904223u;
        bytes[i] = char(state >> 24);
    }
    return bytes;
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

std::expected<sync::SyncReport, sync::SyncError> syncDevice(Device &device)
{
    sync::SyncEngine engine(*device.replica);
    engine.setAttachmentChunkSize(chunk);
    engine.setTimeout(10000);
    return engine.sync();
}

// Every file under a folder, relative to it.
QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(folder).relativeFilePath(it.next()));
    files.sort();
    return files;
}

QList<QPair<QByteArray, QByteArray>> bearer(const QString &token,
                                            QList<QPair<QByteArray, QByteArray>> more = {})
{
    more.prepend({"Authorization", "Bearer " + token.toUtf8()});
    return more;
}

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run runPes(const QString &replica, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PES_BIN_DIR) + u"/pes"_s,
                  QStringList{u"--replica"_s, replica} + arguments);
    process.waitForFinished(60000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestBlobSync : public QObject
{
    Q_OBJECT

private:
    struct World
    {
        QTemporaryDir folder;
        std::unique_ptr<HubProcess> hub;
        QString token1, token2;
    };
    std::unique_ptr<World> makeWorld(const QStringList &hubArguments = {})
    {
        auto world = std::make_unique<World>();
        world->hub = std::make_unique<HubProcess>(world->folder.path() + u"/hub"_s, hubArguments);
        if (world->hub->addNetwork(network, u"Réseau A"_s).isEmpty())
            return {};
        world->token1 = world->hub->createToken(network, u"one"_s);
        world->token2 = world->hub->createToken(network, u"two"_s);
        if (!world->hub->start())
            return {};
        return world;
    }

    // An organisation with one attached file, made on `device`.
    static QString attachedRecord(Device &device, const QString &file)
    {
        auto iri = device.replica->create(Kind::Organisation, {{u"name"_s, u"La Ressourcerie"_s}});
        if (!iri)
            qFatal("cannot create a record: %s", qPrintable(iri.error().message));
        if (auto ref = attachFile(*device.replica, *iri, file); !ref)
            qFatal("cannot attach: %s", qPrintable(ref.error().message));
        return *iri;
    }

private Q_SLOTS:
    void attachmentsTravelBetweenReplicas()
    {
        auto world = makeWorld();
        QVERIFY(world);
        const QString dir = world->folder.path();
        Device one = makeDevice(dir, u"one"_s, network, world->hub->url(), world->token1);
        Device two = makeDevice(dir, u"two"_s, network, world->hub->url(), world->token2);
        const QByteArray content = sample(300000, 1);
        const QString hash = sha256(content);
        const QString iri = attachedRecord(one, writeFile(dir + u"/statuts.pdf"_s, content));

        auto first = syncDevice(one);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(first->attachments.uploaded, 1);
        QCOMPARE(first->attachments.bytesSent, content.size());
        QCOMPARE(filesUnder(world->hub->dataDir() + u"/blobs"_s),
                 QStringList{u"sha256/"_s + hash.left(2) + u'/' + hash});

        auto second = syncDevice(two);
        QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
        QCOMPARE(second->attachments.downloaded, 1);
        QCOMPARE(second->attachments.bytesReceived, content.size());
        const AttachmentStore store = attachmentStoreOf(*two.replica);
        QVERIFY(store.verify(hash));
        QCOMPARE((*store.open(hash))->readAll(), content);
        const auto record = two.replica->record(iri);
        QVERIFY(record);
        const QList<AttachmentRef> refs = attachmentsOf(record->fields);
        QCOMPARE(refs.size(), 1);
        QCOMPARE(refs.first().name, u"statuts.pdf"_s);
        QCOMPARE(refs.first().mediaType, u"application/pdf"_s);
        QCOMPARE(refs.first().size, content.size());

        // Nothing moves when both sides hold everything.
        auto again = syncDevice(one);
        QVERIFY(again);
        QCOMPARE(again->attachments.uploaded, 0);
        QCOMPARE(again->attachments.bytesSent, 0);
        auto againTwo = syncDevice(two);
        QVERIFY(againTwo);
        QCOMPARE(againTwo->attachments.bytesReceived, 0);
    }

    void interruptedUploadResumesWithTheRest()
    {
        auto world = makeWorld();
        QVERIFY(world);
        const QString dir = world->folder.path();
        FaultProxy proxy(quint16(world->hub->url().port()), 1);
        proxy.setFaulty(false);
        const QUrl viaProxy(u"http://127.0.0.1:%1"_s.arg(proxy.port()));
        Device one = makeDevice(dir, u"one"_s, network, viaProxy, world->token1);
        QVERIFY(syncDevice(one)); // the first handshake, so the budget goes to the upload

        const QByteArray content = sample(1024 * 1024, 2);
        const QString hash = sha256(content);
        attachedRecord(one, writeFile(dir + u"/plan.png"_s, content));
        proxy.setByteBudget(600 * 1024);
        auto cut = syncDevice(one);
        QVERIFY(!cut);
        QCOMPARE(cut.error().problem, sync::SyncProblem::Unreachable);

        // The hub kept whole pieces only, and nothing under the final name.
        const HttpAnswer status =
            http("HEAD", QUrl(world->hub->url().toString() + u"/sync/v1/blobs/sha256:"_s + hash),
                 {}, bearer(world->token1));
        QCOMPARE(status.status, 404);
        const QString partial = world->hub->dataDir() + u"/blobs/partial/"_s + hash;
        const qint64 held = QFileInfo(partial).size();
        qInfo() << "the hub held" << held << "of" << content.size() << "bytes after the cut";
        QVERIFY(held > 0 && held < content.size());
        QCOMPARE(held % chunk, 0);
        QVERIFY(!QFileInfo::exists(world->hub->dataDir() + u"/blobs/sha256/"_s + hash.left(2) +
                                   u'/' + hash));

        proxy.setByteBudget(-1);
        auto resumed = syncDevice(one);
        QVERIFY2(resumed, qPrintable(resumed ? QString() : resumed.error().message));
        QCOMPARE(resumed->attachments.uploaded, 1);
        QCOMPARE(resumed->attachments.bytesSent, content.size() - held);

        Device two = makeDevice(dir, u"two"_s, network, world->hub->url(), world->token2);
        auto fetched = syncDevice(two);
        QVERIFY(fetched);
        QCOMPARE(fetched->attachments.downloaded, 1);
        QVERIFY(attachmentStoreOf(*two.replica).verify(hash));
        QTest::qWait(100); // the proxy's pending clean-up runs while it still exists
    }

    void interruptedDownloadResumesWithTheRest()
    {
        auto world = makeWorld();
        QVERIFY(world);
        const QString dir = world->folder.path();
        Device one = makeDevice(dir, u"one"_s, network, world->hub->url(), world->token1);
        const QByteArray content = sample(1024 * 1024, 3);
        const QString hash = sha256(content);
        attachedRecord(one, writeFile(dir + u"/rapport.odt"_s, content));
        QVERIFY(syncDevice(one));

        FaultProxy proxy(quint16(world->hub->url().port()), 2);
        proxy.setFaulty(false);
        Device two = makeDevice(dir, u"two"_s, network,
                                QUrl(u"http://127.0.0.1:%1"_s.arg(proxy.port())), world->token2);
        proxy.setByteBudget(600 * 1024);
        auto cut = syncDevice(two);
        QVERIFY(!cut);
        const AttachmentStore store = attachmentStoreOf(*two.replica);
        const qint64 held = store.partialSize(hash);
        qInfo() << "the device held" << held << "of" << content.size() << "bytes after the cut";
        QVERIFY(held > 0 && held < content.size());
        QVERIFY(!store.contains(hash));
        QCOMPARE(store.list(), QStringList());

        proxy.setByteBudget(-1);
        auto resumed = syncDevice(two);
        QVERIFY2(resumed, qPrintable(resumed ? QString() : resumed.error().message));
        QCOMPARE(resumed->attachments.downloaded, 1);
        QCOMPARE(resumed->attachments.bytesReceived, content.size() - held);
        QVERIFY(store.verify(hash));
        QCOMPARE(store.partialSize(hash), 0);
        QTest::qWait(100); // the proxy's pending clean-up runs while it still exists
    }

    void hubRefusesWrongChecksumsAndKeepsNothing()
    {
        auto world = makeWorld({u"--max-blob"_s, u"100000"_s});
        QVERIFY(world);
        const QString base = world->hub->url().toString() + u"/sync/v1/blobs/"_s;
        const QString blobs = world->hub->dataDir() + u"/blobs"_s;
        const QString expected = sha256("the real statutes");
        const QUrl url(base + u"sha256:"_s + expected);
        // The hub takes only files its network's records refer to: push one first.
        Device one =
            makeDevice(world->folder.path(), u"one"_s, network, world->hub->url(), world->token1);
        const QJsonArray refs{
            AttachmentRef{expected, u"statuts.txt"_s, u"text/plain"_s, 17}.toJson(),
            AttachmentRef{sha256("big"), u"big.bin"_s, u"application/octet-stream"_s, 200000}
                .toJson()};
        QVERIFY(one.replica->create(Kind::Organisation,
                                    {{u"name"_s, u"Statuts"_s}, {u"attachments"_s, refs}}));
        QVERIFY(syncDevice(one)); // the files themselves are not on this device

        // No token, no blob.
        QCOMPARE(http("PUT", url, "the real statutes").status, 401);

        // A whole upload whose bytes do not match its name.
        const HttpAnswer wrong = http("PUT", url, "forged statutes", bearer(world->token1));
        QCOMPARE(wrong.status, 422);
        QVERIFY2(wrong.body.contains("discarded"), wrong.body.constData());
        QCOMPARE(filesUnder(blobs), QStringList());

        // The same in pieces: the last piece reveals the mismatch, and the pieces go too.
        const QByteArray forged = "THE real statutes";
        QCOMPARE(http("PUT", url, forged.left(8),
                      bearer(world->token1, {{"Content-Range", "bytes 0-7/17"}}))
                     .status,
                 200);
        QCOMPARE(filesUnder(blobs), QStringList{u"partial/"_s + expected});
        // A piece that does not start where the hub stands is refused.
        QCOMPARE(http("PUT", url, forged.mid(10),
                      bearer(world->token1, {{"Content-Range", "bytes 10-16/17"}}))
                     .status,
                 409);
        QCOMPARE(http("PUT", url, forged.mid(8),
                      bearer(world->token1, {{"Content-Range", "bytes 8-16/17"}}))
                     .status,
                 422);
        QCOMPARE(filesUnder(blobs), QStringList());
        QCOMPARE(http("GET", url, {}, bearer(world->token1)).status, 404);

        // The right bytes are kept and served, in ranges too.
        QCOMPARE(http("PUT", url, "the real statutes", bearer(world->token1)).status, 201);
        QCOMPARE(http("GET", url, {}, bearer(world->token2)).body, "the real statutes");
        const HttpAnswer range =
            http("GET", url, {}, bearer(world->token2, {{"Range", "bytes=4-7"}}));
        QCOMPARE(range.status, 206);
        QCOMPARE(range.body, "real");
        QCOMPARE(http("GET", url, {}, bearer(world->token2, {{"Range", "bytes=40-"}})).status, 416);

        // Which of these the hub lacks.
        const QString held = QString(u"sha256:"_s + expected);
        const QString absent = QString(u"sha256:"_s + sha256("absent"));
        const QByteArray question =
            QJsonDocument(QJsonObject{{u"hashes"_s, QJsonArray{held, absent}}}).toJson();
        const HttpAnswer missing =
            http("POST", QUrl(base + u"missing"_s), question, bearer(world->token1));
        QCOMPARE(missing.status, 200);
        QCOMPARE(QJsonDocument::fromJson(missing.body).object().value(u"missing"_s).toArray(),
                 QJsonArray{absent});
        QCOMPARE(http("POST", QUrl(base + u"missing"_s), "[1]", bearer(world->token1)).status, 400);

        // Malformed names and blobs over the hub's limit.
        QCOMPARE(http("PUT", QUrl(base + u"sha256:1234"_s), "x", bearer(world->token1)).status,
                 400);
        QCOMPARE(http("PUT", QUrl(base + u"sha256:"_s + sha256("big")), "b",
                      bearer(world->token1, {{"Content-Range", "bytes 0-0/200000"}}))
                     .status,
                 413);
    }

    void networkOnlyFilesStayInTheirNetwork()
    {
        auto world = makeWorld();
        QVERIFY(world);
        const QString other = u"https://reseau-b.example.org"_s;
        QVERIFY(!world->hub->addNetwork(other, u"Réseau B"_s).isEmpty());
        const QString outsider = world->hub->createToken(other, u"b1"_s);
        QVERIFY(!outsider.isEmpty());
        const QString dir = world->folder.path();
        Device one = makeDevice(dir, u"one"_s, network, world->hub->url(), world->token1);
        const QByteArray content = sample(5000, 21);
        const QString hash = sha256(content);
        const QString iri = attachedRecord(one, writeFile(dir + u"/compte-rendu.pdf"_s, content));
        QVERIFY(one.replica->update(iri, {}, Visibility::Network));
        QVERIFY(syncDevice(one));
        const QUrl url(world->hub->url().toString() + u"/sync/v1/blobs/sha256:"_s + hash);

        // Another device of the network gets it; another network does not,
        // even knowing the hash, and cannot put files no record of its own holds.
        QCOMPARE(http("GET", url, {}, bearer(world->token2)).body, content);
        QCOMPARE(http("GET", url, {}, bearer(outsider)).status, 404);
        QCOMPARE(http("HEAD", url, {}, bearer(outsider)).status, 404);
        const QByteArray stray = "a file no record holds";
        QCOMPARE(
            http("PUT",
                 QUrl(world->hub->url().toString() + u"/sync/v1/blobs/sha256:"_s + sha256(stray)),
                 stray, bearer(outsider))
                .status,
            403);

        // Shared with the other networks, the record brings its file along.
        QVERIFY(one.replica->update(iri, {}, Visibility::Shared));
        QVERIFY(syncDevice(one));
        QCOMPARE(http("GET", url, {}, bearer(outsider)).body, content);
    }

    void hubCollectsBlobsNoRecordRefersTo()
    {
        auto world = makeWorld();
        QVERIFY(world);
        const QString dir = world->folder.path();
        Device one = makeDevice(dir, u"one"_s, network, world->hub->url(), world->token1);
        const QByteArray kept = sample(4000, 11), trashed = sample(3000, 12),
                         dropped = sample(2000, 13);
        const QString keptIri = attachedRecord(one, writeFile(dir + u"/logo.png"_s, kept));
        const QString trashedIri = attachedRecord(one, writeFile(dir + u"/plan.pdf"_s, trashed));
        const QString droppedIri = attachedRecord(one, writeFile(dir + u"/old.txt"_s, dropped));
        QVERIFY(syncDevice(one));
        QCOMPARE(filesUnder(world->hub->dataDir() + u"/blobs"_s).size(), 3);

        // One record goes to the trash (it may come back with its file), one
        // loses its file: only that file is referred to by nothing.
        QVERIFY(one.replica->remove(trashedIri));
        QVERIFY(detachFile(*one.replica, droppedIri, sha256(dropped)));
        QVERIFY(syncDevice(one));
        QCOMPARE(world->hub->admin({u"blobs"_s, u"status"_s}),
                 u"3 files, 9000 bytes\n1 referred to by no record, 2000 bytes\n"
                 u"0 unfinished uploads, 0 bytes"_s);

        // Recent files are spared by default; with no grace the stray one goes,
        // while the hub keeps serving.
        QCOMPARE(world->hub->admin({u"blobs"_s, u"gc"_s}), u"removed 0 files, 0 bytes"_s);
        QCOMPARE(world->hub->admin({u"blobs"_s, u"gc"_s, u"--grace"_s, u"0"_s}),
                 u"removed 1 files, 2000 bytes"_s);
        const QString blobs = world->hub->dataDir() + u"/blobs/sha256/"_s;
        QVERIFY(!QFileInfo::exists(blobs + sha256(dropped).left(2) + u'/' + sha256(dropped)));
        QVERIFY(QFileInfo::exists(blobs + sha256(kept).left(2) + u'/' + sha256(kept)));
        QVERIFY(QFileInfo::exists(blobs + sha256(trashed).left(2) + u'/' + sha256(trashed)));

        // A second device still gets every file its records refer to.
        Device two = makeDevice(dir, u"two"_s, network, world->hub->url(), world->token2);
        auto pulled = syncDevice(two);
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QVERIFY(attachmentStoreOf(*two.replica).contains(sha256(kept)));
        QVERIFY(two.replica->record(keptIri));
        QCOMPARE(world->hub->admin({u"blobs"_s, u"gc"_s, u"--grace"_s, u"soon"_s}), QString());
    }

    void attachCommands()
    {
        QTemporaryDir folder;
        const QString replica = folder.filePath(u"one.sqlite"_s);
        QCOMPARE(
            runPes(replica, {u"init"_s, u"--network-iri"_s, network, u"--network-name"_s, u"A"_s})
                .code,
            0);
        const Run created = runPes(replica, {u"add"_s, u"event"_s, u"--field"_s, u"title=Forum"_s,
                                             u"--field"_s, u"start=2026-05-01T10:00"_s});
        QCOMPARE(created.code, 0);
        const QString iri = QString::fromUtf8(created.out).trimmed();
        const QByteArray content = sample(5000, 4);
        const QString hash = sha256(content);
        const QString file = writeFile(folder.filePath(u"programme.txt"_s), content);

        const Run added = runPes(replica, {u"attach"_s, u"add"_s, iri, file});
        QCOMPARE(added.code, 0);
        QVERIFY(added.out.startsWith(QByteArray("sha256:" + hash.toLatin1() + "\t5000\t")));
        const Run twice = runPes(replica, {u"attach"_s, u"add"_s, iri, file});
        QCOMPARE(twice.code, 1);
        QVERIFY2(twice.err.contains("already has this file"), twice.err.constData());

        const Run listed = runPes(replica, {u"attach"_s, u"list"_s, iri});
        QCOMPARE(listed.code, 0);
        QCOMPARE(listed.out, QByteArray("sha256:" + hash.toLatin1() +
                                        "\t5000\ttext/plain\tstored\tprogramme.txt\n"));

        const QString copy = folder.filePath(u"copy.txt"_s);
        QCOMPARE(runPes(replica, {u"attach"_s, u"get"_s, u"sha256:"_s + hash, u"-o"_s, copy}).code,
                 0);
        QFile copied(copy);
        QVERIFY(copied.open(QIODevice::ReadOnly));
        QCOMPARE(copied.readAll(), content);
        QCOMPARE(runPes(replica,
                        {u"attach"_s, u"get"_s, u"sha256:"_s + sha256("nothing"), u"-o"_s, copy})
                     .code,
                 1);
        QCOMPARE(runPes(replica, {u"attach"_s, u"get"_s, u"abc"_s, u"-o"_s, copy}).code, 2);

        // Referenced (and, after removal, still kept for undo): gc keeps it.
        QCOMPARE(runPes(replica, {u"attach"_s, u"gc"_s, u"--grace"_s, u"0"_s}).out,
                 "removed 0 files, 0 bytes\n");
        QCOMPARE(runPes(replica, {u"attach"_s, u"remove"_s, iri, u"sha256:"_s + hash}).code, 0);
        QCOMPARE(runPes(replica, {u"attach"_s, u"list"_s, iri}).out, QByteArray());
        QCOMPARE(runPes(replica, {u"attach"_s, u"gc"_s, u"--grace"_s, u"0"_s}).out,
                 "removed 0 files, 0 bytes\n");

        // A file nothing ever referred to goes.
        auto opened = Replica::open(replica);
        QVERIFY(opened);
        AttachmentStore store = attachmentStoreOf(**opened);
        QVERIFY(store.put(writeFile(folder.filePath(u"stray.bin"_s), sample(700, 5))));
        QCOMPARE(store.list().size(), 2);
        QCOMPARE(runPes(replica, {u"attach"_s, u"gc"_s, u"--grace"_s, u"0"_s}).out,
                 "removed 1 files, 700 bytes\n");
        QCOMPARE(store.list(), QStringList{hash});
    }
};

QTEST_GUILESS_MAIN(TestBlobSync)
#include "test_blobsync.moc"
