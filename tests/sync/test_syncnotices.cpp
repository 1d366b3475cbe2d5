// SPDX-License-Identifier: GPL-3.0-or-later
// Notices: a need published by another network reaches this one through a real
// hub, and matches this network's organisations and offers by tag or by type
// and area; nothing is noticed during a first sync, nor twice.
#include "engine/notices.h"
#include "engine/syncengine.h"
#include "hubfixture.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pes;
using namespace pes::test;

namespace {

const QString networkA = u"https://reseau-a.example.org"_s;
const QString networkB = u"https://reseau-b.example.org"_s;

sync::SyncReport syncOk(Device &device)
{
    sync::SyncEngine engine(*device.replica);
    auto report = engine.sync();
    if (!report)
        qWarning() << "sync failed:" << report.error().message;
    return report.value_or(sync::SyncReport{-1});
}

} // namespace

class TestSyncNotices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void needsOfAnotherNetworkMatchOffers()
    {
        QTemporaryDir folder;
        HubProcess hub(folder.filePath(u"hub"_s));
        QVERIFY(!hub.addNetwork(networkA, u"Réseau A"_s).isEmpty());
        QVERIFY(!hub.addNetwork(networkB, u"Réseau B"_s).isEmpty());
        const QString tokenA1 = hub.createToken(networkA, u"a1"_s);
        const QString tokenA2 = hub.createToken(networkA, u"a2"_s);
        const QString tokenB1 = hub.createToken(networkB, u"b1"_s);
        QVERIFY(hub.start());
        Device a1 = makeDevice(folder.path(), u"a1"_s, networkA, hub.url(), tokenA1);
        Device b1 = makeDevice(folder.path(), u"b1"_s, networkB, hub.url(), tokenB1);

        // Network A: what it does (a tagged organisation) and what it offers.
        auto repair = a1.replica->create(Kind::Tag, {{u"label"_s, u"Réparation de vélos"_s}});
        QVERIFY(repair);
        auto workshop = a1.replica->create(Kind::Organisation, {{u"name"_s, u"Cyclo-atelier"_s},
                                                                {u"tags"_s, QJsonArray{*repair}}});
        QVERIFY(workshop);
        auto offer =
            a1.replica->create(Kind::Exchange, {{u"title"_s, u"Entretien de flottes de vélos"_s},
                                                {u"way"_s, u"offer"_s},
                                                {u"type"_s, u"service"_s},
                                                {u"area"_s, u"Pays d'Aix"_s},
                                                {u"organisation"_s, *workshop}});
        QVERIFY(offer);
        QCOMPARE(syncOk(a1).applied, 3);    // one @create each
        QCOMPARE(syncOk(b1).newNotices, 0); // B's first sync

        // Network B publishes needs; its devices never get notices for them
        // from its own offers, which it has none of.
        auto tagged = b1.replica->create(Kind::Exchange, {{u"title"_s, u"Réparer nos vélos"_s},
                                                          {u"way"_s, u"need"_s},
                                                          {u"type"_s, u"service"_s},
                                                          {u"tags"_s, QJsonArray{*repair}}});
        auto nearby = b1.replica->create(Kind::Exchange, {{u"title"_s, u"Maintenance de vélos"_s},
                                                          {u"way"_s, u"need"_s},
                                                          {u"type"_s, u"service"_s},
                                                          {u"area"_s, u"pays d’aix "_s}});
        auto otherType = b1.replica->create(Kind::Exchange, {{u"title"_s, u"Vélos d'occasion"_s},
                                                             {u"way"_s, u"need"_s},
                                                             {u"type"_s, u"product"_s},
                                                             {u"area"_s, u"Pays d'Aix"_s}});
        auto closed = b1.replica->create(Kind::Exchange, {{u"title"_s, u"Ancien besoin"_s},
                                                          {u"way"_s, u"need"_s},
                                                          {u"type"_s, u"service"_s},
                                                          {u"status"_s, u"closed"_s},
                                                          {u"tags"_s, QJsonArray{*repair}}});
        QVERIFY(tagged && nearby && otherType && closed);
        QVERIFY(syncOk(b1).applied > 0);

        const sync::SyncReport report = syncOk(a1);
        QCOMPARE(report.newNotices, 2);
        sync::NoticeBoard board(a1.replica->database(), networkA);
        auto list = board.notices();
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QMap<QString, sync::Notice> byNeed;
        for (const sync::Notice &notice : std::as_const(*list))
            byNeed.insert(notice.need, notice);
        QCOMPARE(byNeed.value(*tagged).match, *workshop);
        QCOMPARE(byNeed.value(*tagged).reason, sync::Notice::Reason::Tag);
        QCOMPARE(byNeed.value(*tagged).detail, u"Réparation de vélos"_s);
        QCOMPARE(byNeed.value(*tagged).needNetwork, networkB);
        QCOMPARE(byNeed.value(*nearby).match, *offer);
        QCOMPARE(byNeed.value(*nearby).reason, sync::Notice::Reason::Area);
        QCOMPARE(byNeed.value(*nearby).matchTitle, u"Entretien de flottes de vélos"_s);

        // Read once, never again: a later sync of an edited need adds nothing.
        QVERIFY(board.markRead({byNeed.value(*tagged).id}));
        QCOMPARE(board.unreadCount().value_or(-1), 1);
        QVERIFY(b1.replica->update(*tagged, {{u"description"_s, u"Six vélos cargo"_s}}));
        QVERIFY(syncOk(b1).applied > 0);
        QCOMPARE(syncOk(a1).newNotices, 0);
        QCOMPARE(board.notices(false).value_or(QList<sync::Notice>()).size(), 2);

        // A device of network A syncing for the first time gets no flood of notices.
        Device a2 = makeDevice(folder.path(), u"a2"_s, networkA, hub.url(), tokenA2);
        QCOMPARE(syncOk(a2).newNotices, 0);

        // A need that is deleted takes its notice away.
        QVERIFY(b1.replica->remove(*nearby));
        QVERIFY(syncOk(b1).applied > 0);
        syncOk(a1);
        QCOMPARE(board.unreadCount().value_or(-1), 0);

        // The command line lists them and marks them read.
        QProcess pes;
        pes.start(QStringLiteral(PES_BIN_DIR) + u"/pes"_s,
                  {u"--replica"_s, a1.path, u"notices"_s, u"--all"_s});
        QVERIFY(pes.waitForFinished(20000));
        QCOMPARE(pes.exitCode(), 0);
        const QString listed = QString::fromUtf8(pes.readAllStandardOutput());
        QVERIFY2(listed.contains(u"Réparer nos vélos"_s) && listed.contains(u"(read)"_s),
                 qPrintable(listed));
    }
};

QTEST_GUILESS_MAIN(TestSyncNotices)
#include "test_syncnotices.moc"
