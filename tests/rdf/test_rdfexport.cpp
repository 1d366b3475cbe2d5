// SPDX-License-Identifier: GPL-3.0-or-later
// Exporting replicas: the golden Turtle file, determinism, filters, named graphs.
#include "rdftestsupport.h"

#include "recordmapping.h"
#include "serdreader.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace pes;
using namespace pes::rdf;
using namespace pes::rdf::test;

namespace {

std::unique_ptr<Replica> everyKind(const QTemporaryDir &dir)
{
    auto replica = newReplica(dir, u"r.sqlite"_s);
    importData(*replica, u"every-kind.ttl"_s);
    importData(*replica, u"tombstone.nt"_s);
    return replica;
}

} // namespace

class TestRdfExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesGoldenTurtle()
    {
        QTemporaryDir dir;
        auto replica = everyKind(dir);
        const QByteArray turtle = exportText(*replica);
        const QString golden = dataFile(u"every-kind.golden.ttl"_s);
        if (qEnvironmentVariableIsSet("PES_UPDATE_GOLDEN")) {
            QFile file(golden);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(turtle);
            QSKIP("golden file written");
        }
        QFile file(golden);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(golden));
        const QByteArray expected = file.readAll();
        if (turtle != expected)
            QFAIL(qPrintable(
                u"the export differs from %1 (PES_UPDATE_GOLDEN=1 rewrites it)\n"_s.arg(golden) +
                lineDiff(expected, turtle)));
    }

    void sameReplicaSameBytes_data()
    {
        QTest::addColumn<int>("syntax");
        for (Syntax syntax : {Syntax::Turtle, Syntax::NTriples, Syntax::TriG, Syntax::NQuads})
            QTest::newRow(qPrintable(syntaxName(syntax))) << int(syntax);
    }

    void sameReplicaSameBytes()
    {
        QFETCH(int, syntax);
        QTemporaryDir dir;
        ExportOptions options;
        options.syntax = Syntax(syntax);
        QByteArray first;
        {
            auto replica = everyKind(dir);
            first = exportText(*replica, options);
        }
        auto reopened = Replica::open(dir.filePath(u"r.sqlite"_s));
        QVERIFY(reopened.has_value());
        QCOMPARE(exportText(**reopened, options), first);
    }

    void publicExportHoldsOnlyPublicData_data()
    {
        QTest::addColumn<int>("syntax");
        for (Syntax syntax : {Syntax::Turtle, Syntax::NTriples, Syntax::TriG, Syntax::NQuads})
            QTest::newRow(qPrintable(syntaxName(syntax))) << int(syntax);
    }

    void publicExportHoldsOnlyPublicData()
    {
        QFETCH(int, syntax);
        QTemporaryDir dir;
        auto replica = everyKind(dir);
        ExportOptions options;
        options.syntax = Syntax(syntax);
        options.visibility = Visibility::Public;
        const QByteArray text = exportText(*replica, options);
        auto records = recordsFromText(text, syntaxName(Syntax(syntax)));
        QVERIFY(records.has_value());
        QSet<QString> names;
        for (const MappedRecord &mapped : std::as_const(*records)) {
            QCOMPARE(mapped.record.visibility, Visibility::Public);
            QVERIFY(!mapped.record.fields.contains(u"notes"_s));
            if (mapped.record.kind == Kind::ContactPoint)
                QCOMPARE(mapped.record.fields.value(u"displayLevel"_s).toString(), u"public"_s);
            names.insert(mapped.record.iri.section(u'/', -1));
        }
        QVERIFY(names.contains(u"contact-public"_s));
        QVERIFY(names.contains(u"organisation-terre"_s));
        QVERIFY(names.contains(u"organisation-disparue"_s)); // its tombstone
        QVERIFY(!names.contains(u"contact-members"_s));
        QVERIFY(!names.contains(u"person-jeanne"_s));
        QVERIFY(!names.contains(u"organisation-fournil"_s));
        QVERIFY(!text.contains("Rappeler en janvier"));
        QVERIFY(!text.contains("06 12 34 56 78"));

        options.visibility = Visibility::Shared;
        const QByteArray shared = exportText(*replica, options);
        QVERIFY(shared.contains("organisation-fournil"));
        QVERIFY(!shared.contains("<https://reseau.example.org/id/person-jeanne>\n"));
    }

    void kindFilter()
    {
        QTemporaryDir dir;
        auto replica = everyKind(dir);
        ExportOptions options;
        options.kinds = {Kind::Organisation};
        options.tombstones = false;
        auto records = recordsFromText(exportText(*replica, options), u"turtle"_s);
        QVERIFY(records.has_value());
        QCOMPARE(records->size(), 2);
        for (const MappedRecord &mapped : std::as_const(*records))
            QCOMPARE(mapped.record.kind, Kind::Organisation);
    }

    void essglobalProfile()
    {
        QTemporaryDir dir;
        auto replica = everyKind(dir);
        ExportOptions options;
        options.profile = Profile::Essglobal;
        const QByteArray turtle = exportText(*replica, options);
        QVERIFY(turtle.contains("a essglobal:SSEInitiative"));
        QVERIFY(turtle.contains("gr:name \"Terre et Toit\""));
        QVERIFY(turtle.contains("essglobal:hasAddress ["));
        QVERIFY(turtle.contains("vcard:locality \"Apt\""));
        QVERIFY(!turtle.contains("Le Fournil Solidaire")); // shared, not public
        QVERIFY(!turtle.contains("Jeanne"));

        // Read back, it gives the organisation's fields again.
        auto records = recordsFromText(turtle, u"turtle"_s);
        QVERIFY(records.has_value());
        QCOMPARE(records->size(), 1);
        const QJsonObject fields = records->first().record.fields;
        QCOMPARE(fields.value(u"name"_s).toString(), u"Terre et Toit"_s);
        QCOMPARE(fields.value(u"email"_s).toString(), u"contact@terre-et-toit.example.org"_s);
        QCOMPARE(fields.value(u"postcode"_s).toString(), u"84400"_s);
        QCOMPARE(fields.value(u"latitude"_s).toString().toDouble(), 43.8764);
    }

    void trigHasOneGraphPerRecord()
    {
        QTemporaryDir dir;
        auto replica = everyKind(dir);
        ExportOptions options;
        options.syntax = Syntax::TriG;
        const QByteArray trig = exportText(*replica, options);
        QSet<QString> graphs;
        qint64 statements = 0;
        auto read = StatementReader::read(
            trig, Syntax::TriG, u"export"_s, [&](const Statement &s) -> Status {
                if (!s.graph.isIri())
                    return fail(Error::Code::Parse, u"default graph"_s);
                graphs.insert(s.graph.value);
                ++statements;
                return {};
            });
        QVERIFY2(read.has_value(), qPrintable(read ? QString() : read.error().message));
        QCOMPARE(graphs.size(), 16);
        QVERIFY(statements > 150);
    }
};

QTEST_GUILESS_MAIN(TestRdfExport)
#include "test_rdfexport.moc"
