// SPDX-License-Identifier: GPL-3.0-or-later
// The record page's list of attachments against a real replica: adding a
// file, opening a copy of it, removing it, undo bringing it back.
#include "attachmentlistmodel.h"
#include "attachments/replicaattachments.h"
#include "replicasession.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pes;
using namespace pes::desktop;

class TestAttachmentModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addOpenRemoveUndo()
    {
        QTemporaryDir folder;
        ReplicaSession session;
        QVERIFY(session.createReplica(folder.filePath(u"r.pes"_s), u"https://reseau.example.org"_s,
                                      u"Réseau"_s));
        auto iri = session.replica()->create(
            Kind::Article, {{u"title"_s, u"Assemblée générale"_s}, {u"body"_s, u"Compte rendu"_s}});
        QVERIFY(iri);

        AttachmentListModel model;
        model.setSession(&session);
        model.setIri(*iri);
        QCOMPARE(model.rowCount(), 0);

        const QString source = folder.filePath(u"compte-rendu.txt"_s);
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Ordre du jour\n");
        file.close();

        QSignalSpy counted(&model, &AttachmentListModel::countChanged);
        QVERIFY(model.add(QUrl::fromLocalFile(source)));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(counted.count() >= 1);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(AttachmentListModel::NameRole).toString(), u"compte-rendu.txt"_s);
        QCOMPARE(first.data(AttachmentListModel::MediaTypeRole).toString(), u"text/plain"_s);
        QCOMPARE(first.data(AttachmentListModel::SizeRole).toLongLong(), 14);
        QVERIFY(first.data(AttachmentListModel::StoredRole).toBool());
        QVERIFY(first.data(AttachmentListModel::HashRole).toString().startsWith(u"sha256:"_s));

        // Opening works on a copy under the file's own name.
        const QUrl openable = model.openableUrl(0);
        QVERIFY(openable.isLocalFile());
        QCOMPARE(QFileInfo(openable.toLocalFile()).fileName(), u"compte-rendu.txt"_s);
        QFile copy(openable.toLocalFile());
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), "Ordre du jour\n");

        // The same file twice is refused in words.
        QVERIFY(!model.add(QUrl::fromLocalFile(source)));
        QVERIFY(model.errorMessage().contains(u"already has this file"_s));

        QVERIFY(model.remove(0));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!session.undo().isEmpty());
        QCOMPARE(model.rowCount(), 1); // follows the replica's changes
        QVERIFY(model.index(0).data(AttachmentListModel::StoredRole).toBool());

        // A reference whose file has not arrived yet.
        const QString elsewhere = u"sha256:"_s + QString(64, u'a');
        QVERIFY(session.replica()->update(
            *iri, {{u"attachments"_s,
                    QJsonArray{QJsonObject{
                        {u"hash"_s, elsewhere}, {u"name"_s, u"photo.jpg"_s}, {u"size"_s, 10}}}}}));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.index(0).data(AttachmentListModel::StoredRole).toBool());
        QVERIFY(model.openableUrl(0).isEmpty());
        QVERIFY(model.errorMessage().contains(u"next sync"_s));
    }
};

QTEST_MAIN(TestAttachmentModel)
#include "test_attachmentmodel.moc"
