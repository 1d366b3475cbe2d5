// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the real Access fixtures through the pes-access-worker process:
// formats, schema, links, values that libmdb alone gets wrong, and damaged
// files that must give a clear error while the caller carries on.
#include "access/accessreader.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
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

ReaderOptions options()
{
    ReaderOptions o;
    o.workerPath = QStringLiteral(PES_BIN_DIR "/pes-access-worker");
    o.timeoutSeconds = 60;
    return o;
}

// All rows of one table, as values keyed by column name.
QList<QJsonObject> readTable(const QString &file, const QString &table,
                             QList<QJsonArray> *issues = nullptr,
                             ReaderOptions readerOptions = options())
{
    QList<QJsonObject> rows;
    AccessReader reader(readerOptions);
    const Status status =
        reader.read(fixture(file), {table},
                    [&](const QString &, const QStringList &columns, const AccessRow &row) {
                        QJsonObject object;
                        for (qsizetype i = 0; i < columns.size(); ++i)
                            object.insert(columns.at(i), row.values.at(i));
                        rows.append(object);
                        if (issues)
                            issues->append(row.issues);
                        return Status{};
                    });
    if (!status)
        qWarning() << status.error().message;
    return rows;
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestAccessReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inspectFormats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("tables");
        QTest::newRow("Jet3") << u"testV1997.mdb"_s << u"Jet3"_s
                              << QStringList{u"Table1"_s, u"Table2"_s, u"Table3"_s, u"Table4"_s};
        QTest::newRow("Jet3 queries") << u"queryTestV1997.mdb"_s << u"Jet3"_s
                                      << QStringList{u"Table1"_s, u"Table2"_s, u"Table3"_s};
        QTest::newRow("Jet4") << u"test2V2003.mdb"_s << u"Jet4"_s << QStringList{u"MSP_PROJECTS"_s};
        QTest::newRow("Jet4 empty") << u"empty.mdb"_s << u"Jet4"_s << QStringList{};
        QTest::newRow("ACE 2007") << u"testV2007.accdb"_s << u"ACE12"_s
                                  << QStringList{u"Table1"_s, u"Table2"_s, u"Table3"_s,
                                                 u"Table4"_s};
        QTest::newRow("ACE 2010") << u"testEmoticonsV2010.accdb"_s << u"ACE14"_s
                                  << QStringList{u"data"_s};
        QTest::newRow("ACE 2019") << u"extDateTestV2019.accdb"_s << u"ACE17"_s
                                  << QStringList{u"Table1"_s};
    }
    void inspectFormats()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QStringList, tables);
        auto inspection = AccessReader(options()).inspect(fixture(file));
        QVERIFY2(inspection, qPrintable(inspection ? QString() : inspection.error().message));
        QCOMPARE(inspection->format, format);
        QStringList names;
        for (const AccessTable &t : inspection->tables)
            names.append(t.name);
        QCOMPARE(names, tables); // user tables only: no MSys* tables
    }

    void inspectSchema()
    {
        auto inspection = AccessReader(options()).inspect(fixture(u"testV1997.mdb"_s));
        QVERIFY(inspection);
        QCOMPARE(inspection->encoding, u"CP1252"_s);
        const AccessTable *table = inspection->table(u"Table1"_s);
        QVERIFY(table);
        QCOMPARE(table->rows, 2);
        QCOMPARE(table->primaryKey, QStringList{u"A"_s});
        QStringList types;
        for (const AccessColumn &c : table->columns)
            types.append(c.type);
        QCOMPARE(types,
                 (QStringList{u"text"_s, u"text"_s, u"byte"_s, u"integer"_s, u"longInteger"_s,
                              u"double"_s, u"dateTime"_s, u"currency"_s, u"boolean"_s}));
        QVERIFY(inspection->table(u"Table3"_s)->columns.first().autoNumber);

        // A preview of the first rows, where accents show the code page is right.
        QCOMPARE(table->samples.size(), 2);
        QCOMPARE(table->samples.at(1).at(0).toString(), u"abcdefg"_s);
        auto unicode = AccessReader(options()).inspect(fixture(u"testUnicodeCompV2003.mdb"_s));
        QVERIFY(unicode);
        QCOMPARE(unicode->tables.first().samples.size(), 3);
        QCOMPARE(unicode->tables.first().samples.at(1).at(1).toString(), u"ääkkösiä"_s);

        auto numeric = AccessReader(options()).inspect(fixture(u"fixedNumericTestV2000.mdb"_s));
        QVERIFY(numeric);
        const AccessColumn *decimal = numeric->table(u"test"_s)->column(u"col2"_s);
        QCOMPARE(decimal->type, u"decimal"_s);
        QCOMPARE(decimal->precision, 18); // libmdb's struct has these two swapped
        QCOMPARE(decimal->scale, 0);
        auto calculated = AccessReader(options()).inspect(fixture(u"calcFieldTestV2010.accdb"_s));
        QVERIFY(calculated);
        const AccessColumn *popularity = calculated->table(u"Table1"_s)->column(u"Popularity"_s);
        QCOMPARE(popularity->precision, 18);
        QCOMPARE(popularity->scale, 6);
    }

    void linkedTablesAndRelationships()
    {
        auto inspection = AccessReader(options()).inspect(fixture(u"linkerTestV2007.accdb"_s));
        QVERIFY(inspection);
        QCOMPARE(inspection->tables.size(), 1);
        QCOMPARE(inspection->linked.size(), 1);
        QCOMPARE(inspection->linked.first().name, u"Table2"_s);
        QCOMPARE(inspection->linked.first().foreignName, u"Table1"_s);
        QVERIFY(inspection->linked.first().database.endsWith(u"linkeeTest.accdb"_s));
        QCOMPARE(inspection->relationships.size(), 1);
        const Relationship &r = inspection->relationships.first();
        QCOMPARE(r.table, u"Table2"_s);
        QCOMPARE(r.columns, QStringList{u"Field1"_s});
        QCOMPARE(r.referencedTable, u"Table1"_s);
    }

    void valuesOfEveryBasicType()
    {
        for (const QString file :
             {u"testV1997.mdb"_s, u"testV2007.accdb"_s, u"testV2010.accdb"_s}) {
            const QList<QJsonObject> rows = readTable(file, u"Table1"_s);
            QCOMPARE(rows.size(), 2);
            const QJsonObject &row = rows.at(1);
            QCOMPARE(row.value(u"A"_s).toString(), u"abcdefg"_s);
            QCOMPARE(row.value(u"C"_s).toInt(), 2);
            QCOMPARE(row.value(u"D"_s).toInt(), 222);
            QCOMPARE(row.value(u"E"_s).toInteger(), 333333333);
            QCOMPARE(row.value(u"F"_s).toDouble(), 444.555);
            QCOMPARE(row.value(u"G"_s).toString(), u"1974-09-21T00:00:00"_s);
            QCOMPARE(row.value(u"H"_s).toString(), u"3.5"_s); // currency, exact text
            QCOMPARE(row.value(u"I"_s).toBool(), true);
            QCOMPARE(rows.at(0).value(u"I"_s).toBool(), false);
        }
    }

    void datesBefore1900()
    {
        const QList<QJsonObject> rows = readTable(u"oldDatesV2007.accdb"_s, u"Table1"_s);
        QStringList dates;
        for (const QJsonObject &row : rows)
            dates.append(row.value(u"DateField"_s).toString());
        QCOMPARE(dates, (QStringList{u"1582-10-15T00:00:00"_s, u"1582-10-14T00:00:00"_s,
                                     u"1492-01-10T00:00:00"_s, u"1392-01-10T00:00:00"_s}));
    }

    void extendedDates()
    {
        // Rows 7 to 9 were moved to another page when edited: their slots hold
        // pointers, and the rows themselves are flagged deleted where they lie.
        const QList<QJsonObject> rows = readTable(u"extDateTestV2019.accdb"_s, u"Table1"_s);
        QCOMPARE(rows.size(), 9);
        QStringList ids;
        for (const QJsonObject &row : rows)
            ids.append(row.value(u"Field1"_s).toString());
        ids.sort();
        QCOMPARE(ids, (QStringList{u"row1"_s, u"row2"_s, u"row3"_s, u"row4"_s, u"row5"_s, u"row6"_s,
                                   u"row7"_s, u"row8"_s, u"row9"_s}));
        QString row8;
        for (const QJsonObject &row : rows) {
            if (row.value(u"Field1"_s).toString() == u"row8")
                row8 = row.value(u"DateExt"_s).toString();
        }
        QCOMPARE(row8, u"0100-06-14T12:45:00.1234567"_s);
        QCOMPARE(rows.at(0).value(u"DateExt"_s).toString(), u"2020-06-17T00:00:00"_s);
        QCOMPARE(rows.at(2).value(u"DateExt"_s).toString(), u"2021-06-14T12:45:00"_s);
        QCOMPARE(rows.at(2).value(u"DateNormal"_s).toString(), u"2021-06-14T12:45:00"_s);
    }

    void compressedUnicode()
    {
        QList<QJsonArray> issues;
        const QList<QJsonObject> rows =
            readTable(u"testUnicodeCompV2003.mdb"_s, u"Table"_s, &issues);
        QCOMPARE(rows.size(), 8);
        QCOMPARE(rows.at(1).value(u"Unicode"_s).toString(), u"ääkkösiä"_s);
        QCOMPARE(rows.at(2).value(u"Unicode"_s).toString(), u"Мир"_s);
        QCOMPARE(rows.at(4).value(u"Unicode"_s).toString(), u"漢字仮名交じり文"_s);
        QCOMPARE(rows.at(6).value(u"Unicode"_s).toString(), u"ümlaut"_s);
    }

    void emojiOutsideTheBasicPlane()
    {
        QList<QJsonArray> issues;
        const QList<QJsonObject> rows =
            readTable(u"testEmoticonsV2010.accdb"_s, u"data"_s, &issues);
        QVERIFY(rows.size() >= 10);
        for (const QJsonObject &row : rows) {
            // The key holds the emoji's code point; libmdb alone would give "a?a".
            const char32_t codePoint = char32_t(row.value(u"key"_s).toInteger());
            QCOMPARE(row.value(u"data"_s).toString(),
                     u"a"_s + QString::fromUcs4(&codePoint, 1) + u"a"_s);
        }
        for (const QJsonArray &rowIssues : issues)
            QVERIFY(rowIssues.isEmpty());
    }

    void decimalsExact()
    {
        const QList<QJsonObject> rows = readTable(u"fixedNumericTestV2000.mdb"_s, u"test"_s);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().value(u"col1"_s).toString(), u"some data"_s); // a memo
        QCOMPARE(rows.first().value(u"col2"_s).toString(), u"1"_s);
        QCOMPARE(rows.first().value(u"col6"_s).toString(), u"-1"_s);
        const QList<QJsonObject> calc = readTable(u"calcFieldTestV2010.accdb"_s, u"Table1"_s);
        QCOMPARE(calc.at(0).value(u"Popularity"_s).toString(), u"50.325"_s);
        QCOMPARE(calc.at(3).value(u"Popularity"_s).toString(), u"102030405060.654321"_s);
    }

    void longTextWhole()
    {
        // The longest text of the fixtures: Microsoft Project's memo of 348 characters.
        const QList<QJsonObject> rows = readTable(u"test2V2003.mdb"_s, u"MSP_PROJECTS"_s);
        QCOMPARE(rows.size(), 1);
        qsizetype longest = 0;
        for (const QJsonValue &v : rows.first())
            longest = qMax(longest, v.toString().size());
        QCOMPARE(longest, 348);
    }

    // No fixture has a user memo over 16 KiB (libmdb's bind size), but the
    // system tables hold long values spread over several pages. Their bytes
    // were checked once against mdb-export, which is right below 16 KiB.
    void longValuesAcrossPages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QByteArray>("sha256");
        QTest::newRow("ACE, 4 KiB pages")
            << u"testV2007.accdb"_s << qint64(16175)
            << QByteArray("c198a32e40ac707fd9b38bfdd91d38023233ea7576e57a3c736f017bea8eec30");
        QTest::newRow("Jet3, 2 KiB pages")
            << u"testV1997.mdb"_s << qint64(9818)
            << QByteArray("47f9ef3b06b34c9a6f485c6895a16e4f82b52c2f546393edf8c73ce96b26f795");
    }
    void longValuesAcrossPages()
    {
        QFETCH(QString, file);
        QFETCH(qint64, size);
        QFETCH(QByteArray, sha256);
        const QList<QJsonObject> rows = readTable(file, u"MSysObjects"_s);
        QJsonObject properties;
        for (const QJsonObject &row : rows) {
            if (row.value(u"Name"_s).toString() == u"Table2")
                properties = row.value(u"LvProp"_s).toObject();
        }
        QCOMPARE(properties.value(u"size"_s).toInteger(), size);
        const QByteArray bytes =
            QByteArray::fromBase64(properties.value(u"binary"_s).toString().toLatin1());
        QCOMPARE(bytes.size(), size);
        QCOMPARE(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(), sha256);
    }

    void unreadableValuesAreReported()
    {
        QList<QJsonArray> issues;
        const QList<QJsonObject> rows =
            readTable(u"unsupportedFieldsTestV2007.accdb"_s, u"Test"_s, &issues);
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows.first().value(u"UnknownVar"_s).isNull());
        QStringList columns;
        for (const QJsonValue &issue : issues.first())
            columns.append(issue.toObject().value(u"column"_s).toString());
        QCOMPARE(columns, (QStringList{u"UnknownVar"_s, u"UnknownFix"_s, u"UnknownComplex"_s}));
        QVERIFY(!issues.first().first().toObject().value(u"raw"_s).toString().isEmpty());

        issues.clear();
        const QList<QJsonObject> complex =
            readTable(u"complexDataTestV2007.accdb"_s, u"Table1"_s, &issues);
        QVERIFY(!complex.isEmpty());
        QVERIFY(!issues.first().isEmpty()); // attachments and multi-valued fields

        issues.clear();
        const QList<QJsonObject> calc =
            readTable(u"calcFieldTestV2010.accdb"_s, u"Table1"_s, &issues);
        QCOMPARE(calc.first().value(u"LastFirst"_s).toString(), u"Wayne, Bruce"_s);
        QCOMPARE(calc.first().value(u"AllNames"_s).toString(), u"Wayne, Bruce=Wayne, Bruce"_s);
        QVERIFY(calc.first().value(u"MonthlySalary"_s).isNull());
        bool reported = false;
        for (const QJsonValue &issue : issues.first())
            reported |= issue.toObject().value(u"column"_s).toString() == u"MonthlySalary";
        QVERIFY(reported);
    }

    void jet3EncodingOverride()
    {
        ReaderOptions o = options();
        o.encoding = u"CP850"_s;
        auto inspection = AccessReader(o).inspect(fixture(u"testV1997.mdb"_s));
        QVERIFY(inspection);
        QCOMPARE(inspection->encoding, u"CP850"_s);
        o.encoding = u"NO-SUCH-CODEPAGE"_s;
        auto unknown = AccessReader(o).inspect(fixture(u"testV1997.mdb"_s));
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(u"NO-SUCH-CODEPAGE"_s));
    }

    void originalNeverWritten()
    {
        const QString file = fixture(u"testV2007.accdb"_s);
        const QByteArray before = sha256(file);
        const QDateTime modified = QFileInfo(file).lastModified();
        QVERIFY(AccessReader(options()).inspect(file));
        QCOMPARE(readTable(u"testV2007.accdb"_s, u"Table1"_s).size(), 2);
        QCOMPARE(sha256(file), before);
        QCOMPARE(QFileInfo(file).lastModified(), modified);
    }

    void badFilesGiveClearErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QFile good(fixture(u"testV2007.accdb"_s));
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray real = good.readAll();

        QTest::newRow("empty") << QByteArray() << u"not a Microsoft Access database"_s;
        QTest::newRow("garbage") << QByteArray(100000, 'x') << u"not a Microsoft Access database"_s;
        QTest::newRow("text file")
            << QByteArray("Nom;Ville\nAPEAS;Marseille\n") << u"not a Microsoft Access database"_s;
        QTest::newRow("encrypted office file")
            << QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(8192, '\0') << u"encrypted"_s;
        QTest::newRow("cut in the middle") << real.left(real.size() / 2 + 1000) << u"damaged"_s;
        QTest::newRow("only the header page") << real.left(4096) << u"damaged"_s;
        QByteArray catalogZeroed = real;
        catalogZeroed.replace(2 * 4096, 4096, QByteArray(4096, '\0'));
        QTest::newRow("catalog wiped") << catalogZeroed << u"damaged"_s;
    }
    void badFilesGiveClearErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.accdb"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        auto inspection = AccessReader(options()).inspect(path);
        QVERIFY(!inspection);
        QVERIFY2(inspection.error().message.contains(expected),
                 qPrintable(inspection.error().message));
        QVERIFY(inspection.error().message.contains(path));
    }

    void missingFile()
    {
        auto inspection = AccessReader(options()).inspect(u"/nonexistent/base.mdb"_s);
        QVERIFY(!inspection);
        QVERIFY(inspection.error().message.contains(u"no such file"_s));
    }

    // Flipped bytes anywhere in a copy: the worker may fail or even crash, the
    // caller must get either the rows or a clear error, and carry on.
    void flippedBytesNeverTakeTheCallerDown()
    {
        QFile good(fixture(u"testV1997.mdb"_s));
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray real = good.readAll();
        QRandomGenerator random(20261203);
        QTemporaryDir dir;
        int failures = 0;
        for (int round = 0; round < 12; ++round) {
            QByteArray damaged = real;
            for (int i = 0; i < 64; ++i) {
                const qsizetype at = 4096 + random.bounded(damaged.size() - 4096);
                damaged[at] = char(damaged.at(at) ^ (1 << random.bounded(8)));
            }
            const QString path = dir.filePath(u"flipped%1.mdb"_s.arg(round));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(damaged);
            file.close();

            ReaderOptions o = options();
            o.timeoutSeconds = 5; // libmdb loops forever on some of these copies
            AccessReader reader(o);
            const Status status =
                reader.read(path, {}, [](const QString &, const QStringList &, const AccessRow &) {
                    return Status{};
                });
            if (!status) {
                ++failures;
                qInfo().noquote() << status.error().message.left(200);
                QVERIFY(status.error().message.contains(path));
            }
        }
        qInfo() << failures << "of 12 damaged copies could not be read (each with a message)";
    }

    void timeLimit()
    {
        // A worker that never answers stands for a file that makes libmdb loop.
        QTemporaryDir dir;
        const QString script = dir.filePath(u"stuck-worker"_s);
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\nexec sleep 30\n");
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        ReaderOptions o = options();
        o.workerPath = script;
        o.timeoutSeconds = 1;
        QElapsedTimer timer;
        timer.start();
        auto inspection = AccessReader(o).inspect(fixture(u"testV2007.accdb"_s));
        QVERIFY(!inspection);
        QVERIFY2(inspection.error().message.contains(u"longer than 1 s"_s),
                 qPrintable(inspection.error().message));
        QVERIFY(timer.elapsed() < 10000);
    }
};

QTEST_GUILESS_MAIN(TestAccessReader)
#include "test_accessreader.moc"
