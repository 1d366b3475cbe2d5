// SPDX-License-Identifier: GPL-3.0-or-later
// The byte-level decoders of Access values, against values worked out by hand
// from the Jet format.
#include "access/accessvalues.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pes::access;

class TestAccessValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dates_data()
    {
        QTest::addColumn<double>("days");
        QTest::addColumn<QString>("iso");
        QTest::newRow("epoch") << 0.0 << u"1899-12-30T00:00:00"_s;
        QTest::newRow("noon after epoch") << 1.5 << u"1899-12-31T12:00:00"_s;
        // Before the epoch the day counts backwards and the time stays positive.
        QTest::newRow("day before, 6 am") << -1.25 << u"1899-12-29T06:00:00"_s;
        QTest::newRow("before 1600") << -116409.0 << u"1581-04-12T00:00:00"_s;
        QTest::newRow("2024 leap day") << 45351.75 << u"2024-02-29T18:00:00"_s;
        QTest::newRow("last day") << 2958465.0 << u"9999-12-31T00:00:00"_s;
        QTest::newRow("milliseconds")
            << 0.5 + 1.0 / 86400000.0 * 250 << u"1899-12-30T12:00:00.250"_s;
        QTest::newRow("rounds to next day") << 0.99999999999 << u"1899-12-31T00:00:00"_s;
        QTest::newRow("year 10000") << 2958466.0 << QString();
        QTest::newRow("not a number") << qQNaN() << QString();
    }
    void dates()
    {
        QFETCH(double, days);
        QFETCH(QString, iso);
        QCOMPARE(accessDateToIso(days).value_or(QString()), iso);
    }

    void currency_data()
    {
        QTest::addColumn<qint64>("stored");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << u"0"_s;
        QTest::newRow("three and a half") << qint64(35000) << u"3.5"_s;
        QTest::newRow("a cent below zero") << qint64(-100) << u"-0.01"_s;
        QTest::newRow("smallest") << std::numeric_limits<qint64>::min()
                                  << u"-922337203685477.5808"_s;
    }
    void currency()
    {
        QFETCH(qint64, stored);
        QFETCH(QString, text);
        QCOMPARE(currencyToText(stored), text);
    }

    void numeric_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("scale");
        QTest::addColumn<QString>("text");
        // sign byte, then four little-endian words, most significant first
        QTest::newRow("one") << QByteArray::fromHex("00"
                                                    "00000000"
                                                    "00000000"
                                                    "00000000"
                                                    "01000000")
                             << 0 << u"1"_s;
        QTest::newRow("minus one") << QByteArray::fromHex("80"
                                                          "00000000"
                                                          "00000000"
                                                          "00000000"
                                                          "01000000")
                                   << 0 << u"-1"_s;
        QTest::newRow("at scale 6") << QByteArray::fromHex("00"
                                                           "00000000"
                                                           "00000000"
                                                           "00000000"
                                                           "a8e50202")
                                    << 6 << u"33.744296"_s;
        QTest::newRow("2^32 at scale 2") << QByteArray::fromHex("00"
                                                                "00000000"
                                                                "00000000"
                                                                "01000000"
                                                                "00000000")
                                         << 2 << u"42949672.96"_s;
        QTest::newRow("too short") << QByteArray(10, '\0') << 0 << QString();
    }
    void numeric()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, scale);
        QFETCH(QString, text);
        QCOMPARE(numericToText(bytes, scale).value_or(QString()), text);
    }

    void jet4Text_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("utf-16") << QByteArray::fromHex("e9007400e900") << u"été"_s;
        QTest::newRow("compressed") << QByteArray::fromHex("fffe") + "abc" << u"abc"_s;
        QTest::newRow("compressed with a wide run")
            << QByteArray::fromHex("fffe61001c04380440040062") << u"aМирb"_s;
        QTest::newRow("emoji") << QByteArray::fromHex("3dd800de") << u"😀"_s;
    }
    void jet4Text()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QCOMPARE(decodeJet4Text(bytes), text);
        QVERIFY(!hasReplacementCharacters(decodeJet4Text(bytes)));
    }

    void attachmentData()
    {
        // The FileData of "test_data.txt" in complexDataTestV2007.accdb: compressed.
        const QByteArray stored = QByteArray::fromHex(
            "010000003A000000785E1361606060046216202E61A80062209D9159AC0044C5F9B9A90A25A9C5250A29"
            "8925890A69F9450A89252589C919B9A979257A0052A90F7A");
        auto decoded = decodeAttachmentData(stored);
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
        QCOMPARE(decoded->extension, u"txt"_s);
        QCOMPARE(decoded->content, QByteArray("this is some test data for attachment."));

        // The same file stored as is (kind 0): the header, then the bytes.
        QByteArray header = QByteArray::fromHex("140000000100000004000000740078007400000000");
        header.truncate(20);
        const QByteArray plain = header + "abc";
        QByteArray raw =
            QByteArray::fromHex("00000000") + char(plain.size()) + QByteArray(3, '\0') + plain;
        auto stored0 = decodeAttachmentData(raw);
        QVERIFY(stored0);
        QCOMPARE(stored0->content, QByteArray("abc"));
        QCOMPARE(stored0->extension, u"txt"_s);

        // Damaged or hostile: a reason, never a crash.
        QVERIFY(!decodeAttachmentData(stored.left(30))); // cut short
        QByteArray huge = stored;
        huge.replace(4, 4, QByteArray::fromHex("FFFFFF7F"));
        auto refused = decodeAttachmentData(huge);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"64 MB"_s));
        QByteArray garbled = stored;
        for (int i = 12; i < 30; ++i)
            garbled[i] = char(0xA5);
        QVERIFY(!decodeAttachmentData(garbled));
        QByteArray unknownKind = stored;
        unknownKind[0] = 7;
        QVERIFY(!decodeAttachmentData(unknownKind));
        QVERIFY(!decodeAttachmentData(raw.left(raw.size() - 1)));
        // A size announced larger than what the stream holds.
        QByteArray longer = stored;
        longer[4] = char(0x50);
        QVERIFY(!decodeAttachmentData(longer));
    }

    void replacementCharacters()
    {
        QVERIFY(hasReplacementCharacters(u"a\uFFFDb"_s));
        QVERIFY(hasReplacementCharacters(decodeJet4Text(QByteArray::fromHex("3dd86100"))));
        QVERIFY(!hasReplacementCharacters(u"Économie sociale 😀"_s));
    }
};

QTEST_GUILESS_MAIN(TestAccessValues)
#include "test_accessvalues.moc"
