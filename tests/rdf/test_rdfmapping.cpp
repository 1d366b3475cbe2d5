// SPDX-License-Identifier: GPL-3.0-or-later
// The RDF mapping of records, both ways, without a replica.
#include "domain/validation.h"
#include "recordmapping.h"
#include "vocabulary.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pes;
using namespace pes::rdf;

namespace {

QJsonValue sampleValue(const FieldInfo &field)
{
    switch (field.type) {
    case FieldType::Text:
        return u"Texte « accentué »"_s;
    case FieldType::LongText:
        return u"Première ligne\nSeconde ligne avec des \"guillemets\""_s;
    case FieldType::Integer:
        return 3;
    case FieldType::Decimal:
        return u"12.50"_s;
    case FieldType::Boolean:
        return true;
    case FieldType::Date:
        return u"2026-02-03"_s;
    case FieldType::DateTime:
        return u"2026-02-03T10:15"_s;
    case FieldType::Email:
        return u"contact@example.org"_s;
    case FieldType::Phone:
        return u"04 91 12 34 56"_s;
    case FieldType::Url:
        return u"https://example.org/page"_s;
    case FieldType::Postcode:
        return u"13001"_s;
    case FieldType::Siret:
        return u"73282932000074"_s;
    case FieldType::Latitude:
        return 43.2965;
    case FieldType::Longitude:
        return 5.3698;
    case FieldType::Reference:
        return u"https://reseau.example.org/id/organisation/1"_s;
    case FieldType::ReferenceList:
        return QJsonArray{u"https://reseau.example.org/id/tag/1"_s,
                          u"https://reseau.example.org/id/tag/2"_s};
    case FieldType::Choice:
        return field.choices.last();
    case FieldType::ChoiceList:
        return QJsonArray{field.choices.at(0), field.choices.at(1)};
    case FieldType::AttachmentList: // the second without a media type, so both forms are covered
        return QJsonArray{QJsonObject{{u"hash"_s, QString(u"sha256:" + QString(64, u'b'))},
                                      {u"name"_s, u"Statuts « 2026 ».pdf"_s},
                                      {u"mediaType"_s, u"application/pdf"_s},
                                      {u"size"_s, 123456}},
                          QJsonObject{{u"hash"_s, QString(u"sha256:" + QString(63, u'0') + u'a')},
                                      {u"name"_s, u"logo"_s},
                                      {u"size"_s, 0}}};
    }
    return {};
}

Record sampleRecord(Kind kind)
{
    QJsonObject fields;
    for (const FieldInfo &field : kindInfo(kind).fields)
        fields.insert(field.name, sampleValue(field));
    auto normalised = normaliseFields(kind, fields);
    if (!normalised)
        qFatal("sample record is invalid: %s", qPrintable(normalised.error().message));
    Record record;
    record.iri = u"https://reseau.example.org/id/%1/0190"_s.arg(kindInfo(kind).pathSegment);
    record.kind = kind;
    record.network = u"https://reseau.example.org"_s;
    record.visibility = Visibility::Shared;
    record.created = QDateTime::fromString(u"2026-01-02T08:00:00.000Z"_s, Qt::ISODateWithMs);
    record.modified = QDateTime::fromString(u"2026-01-05T09:30:00.250Z"_s, Qt::ISODateWithMs);
    record.version = 7;
    record.fields = *normalised;
    return record;
}

} // namespace

class TestRdfMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindRoundTrips_data()
    {
        QTest::addColumn<int>("kind");
        for (Kind kind : allKinds())
            QTest::newRow(qPrintable(kindInfo(kind).name)) << int(kind);
    }

    void everyKindRoundTrips()
    {
        QFETCH(int, kind);
        const Record record = sampleRecord(Kind(kind));
        const QList<Statement> statements = recordToStatements(record);
        auto back = recordFromStatements(record.iri, statements);
        QVERIFY2(back.has_value(), qPrintable(back ? QString() : back.error().message));
        QVERIFY2(back->problems.isEmpty(), qPrintable(back->problems.join(u"; ")));
        QVERIFY2(back->extras.isEmpty(), qPrintable(back->extras.join(u"\n")));
        auto fields = normaliseFields(record.kind, back->record.fields);
        QVERIFY(fields.has_value());
        QCOMPARE(*fields, record.fields);
        QCOMPARE(back->record.kind, record.kind);
        QCOMPARE(back->record.network, record.network);
        QCOMPARE(back->record.visibility, record.visibility);
        QCOMPARE(back->record.created, record.created);
        QCOMPARE(back->record.modified, record.modified);
        QCOMPARE(back->record.version, record.version);
    }

    void nquadsCarryOneGraphPerRecord()
    {
        const Record record = sampleRecord(Kind::Organisation);
        const QByteArray nquads = recordToNQuads(record);
        for (const QByteArray &line : nquads.trimmed().split('\n'))
            QVERIFY2(line.endsWith(QByteArray("<" + record.iri.toUtf8() + "> .")),
                     line.constData());
        QVERIFY(nquads.contains(
            "\"POINT(5.3698 43.2965)\"^^<http://www.opengis.net/ont/geosparql#wktLiteral>"));

        auto records = recordsFromText(nquads, u"nquads"_s);
        QVERIFY(records.has_value());
        QCOMPARE(records->size(), 1);
        QCOMPARE(records->first().record.fields.value(u"name"_s), record.fields.value(u"name"_s));
        QCOMPARE(records->first().record.fields.value(u"latitude"_s).toDouble(), 43.2965);
    }

    void tombstoneCarriesNoFields()
    {
        Record record = sampleRecord(Kind::Person);
        record.deletedAt = QDateTime::fromString(u"2026-02-01T00:00:00.000Z"_s, Qt::ISODateWithMs);
        const QList<Statement> statements = recordToStatements(record);
        const QString deletedOn = ns::iri(ns::ov, u"deletedOn");
        bool hasDeletedOn = false;
        for (const Statement &s : statements) {
            hasDeletedOn |= s.predicate.value == deletedOn;
            QVERIFY2(!s.predicate.value.startsWith(QString::fromUtf16(ns::foaf)),
                     "a tombstone must not carry the record's fields");
        }
        QVERIFY(hasDeletedOn);
        auto back = recordFromStatements(record.iri, statements);
        QVERIFY(back.has_value());
        QCOMPARE(back->record.deletedAt, record.deletedAt);
    }

    void unmodelledStatementsBecomeExtras()
    {
        const QByteArray text = R"(
@prefix ex: <https://vocab.example.net/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix locn: <http://www.w3.org/ns/locn#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix legal: <http://www.w3.org/ns/legal#> .
<https://p.example.net/o/1> a org:Organization, ex:Thing ;
    legal:legalName "Un", "Deux" ;
    ex:about [ ex:name "nested" ; ex:deeper [ ex:value 1 ] ] ;
    locn:address [ locn:postName "Apt" ; ex:floor "2" ] .
)";
        auto records = recordsFromText(text, u"turtle"_s);
        QVERIFY(records.has_value());
        QCOMPARE(records->size(), 1);
        const MappedRecord &mapped = records->first();
        QCOMPARE(mapped.record.fields.value(u"name"_s).toString(), u"Un"_s);
        QCOMPARE(mapped.record.fields.value(u"city"_s).toString(), u"Apt"_s);
        const QStringList expected = {
            u"<https://p.example.net/o/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://vocab.example.net/Thing> ."_s,
            u"<https://p.example.net/o/1> <http://www.w3.org/ns/legal#legalName> \"Deux\" ."_s,
            u"<https://p.example.net/o/1> <https://vocab.example.net/about> _:b1 ."_s,
            u"_:a <https://vocab.example.net/floor> \"2\" ."_s,
            u"_:b1 <https://vocab.example.net/name> \"nested\" ."_s,
            u"_:b1 <https://vocab.example.net/deeper> _:b2 ."_s,
            u"_:b2 <https://vocab.example.net/value> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> ."_s,
        };
        QCOMPARE(mapped.extras, expected);

        // Written back, the extras keep their shape and get labels unique to the record.
        const QList<Statement> statements = recordToStatements(mapped.record, mapped.extras);
        auto again = recordFromStatements(mapped.record.iri, statements);
        QVERIFY(again.has_value());
        QCOMPARE(again->extras, expected);
        int labelled = 0;
        for (const Statement &s : statements) {
            if (s.subject.isBlank()) {
                QVERIFY2(s.subject.value.startsWith(u'r') && s.subject.value.size() > 10,
                         qPrintable(s.subject.value));
                ++labelled;
            }
        }
        QVERIFY(labelled >= 4);
    }

    void controlCharactersSurviveInExtras()
    {
        const QString odd = u"bell\u0007 tab\t quote\" backslash\\ line\nend"_s;
        const Statement extra{Term::iri(u"https://p.example.net/o/1"_s),
                              Term::iri(u"https://vocab.example.net/odd"_s),
                              Term::literal(odd),
                              {}};
        Record record;
        record.iri = u"https://p.example.net/o/1"_s;
        record.network = u"https://p.example.net"_s;
        record.fields = {{u"name"_s, u"Un"_s}};
        const QList<Statement> statements = recordToStatements(record, {toNTriples(extra)});
        QVERIFY(statements.contains(extra));
    }

    void languagesPickTheirField()
    {
        const QByteArray text = R"(
<https://p.example.net/t/1> a <http://ns.economie-solidaire.fr/ess#Tag> ;
    <http://www.w3.org/2004/02/skos/core#prefLabel> "Wohnen"@de, "Housing"@en, "Habitat" .
)";
        auto records = recordsFromText(text, u"turtle"_s);
        QVERIFY(records.has_value());
        const MappedRecord &mapped = records->first();
        QCOMPARE(mapped.record.fields.value(u"label"_s).toString(), u"Habitat"_s);
        QCOMPARE(mapped.record.fields.value(u"labelEn"_s).toString(), u"Housing"_s);
        QCOMPARE(mapped.extras.size(), 1);
        QVERIFY(mapped.extras.first().contains(u"\"Wohnen\"@de"_s));
    }

    void badValuesAreProblems_data()
    {
        QTest::addColumn<QByteArray>("statements");
        QTest::addColumn<QString>("problem");
        QTest::newRow("unknown choice")
            << QByteArray(
                   "<https://p.example.net/e/1> a <http://ns.economie-solidaire.fr/ess#Exchange> ; "
                   "<http://open.vocab.org/terms/category> "
                   "<http://ns.economie-solidaire.fr/ess#banana> .")
            << u"not a value of “type”"_s;
        QTest::newRow("bad point")
            << QByteArray("<https://p.example.net/o/1> a <http://www.w3.org/ns/org#Organization> ; "
                          "<http://www.w3.org/ns/locn#address> [ "
                          "<http://www.w3.org/ns/locn#geometry> \"POINT(x)\" ] .")
            << u"is not a WKT point"_s;
        QTest::newRow("bad modified")
            << QByteArray("<https://p.example.net/o/1> a <http://www.w3.org/ns/org#Organization> ; "
                          "<http://purl.org/dc/terms/modified> \"yesterday\" .")
            << u"is not a date and time"_s;
        QTest::newRow("bad visibility")
            << QByteArray("<https://p.example.net/o/1> a <http://www.w3.org/ns/org#Organization> ; "
                          "<http://ns.economie-solidaire.fr/ess#visibility> \"secret\" .")
            << u"ess:visibility"_s;
    }

    void badValuesAreProblems()
    {
        QFETCH(QByteArray, statements);
        QFETCH(QString, problem);
        auto records = recordsFromText(statements, u"turtle"_s);
        QVERIFY(records.has_value());
        QCOMPARE(records->size(), 1);
        QVERIFY2(records->first().problems.join(u' ').contains(problem),
                 qPrintable(records->first().problems.join(u"; ")));
    }

    void checkedRecordValidates()
    {
        MappedRecord mapped;
        mapped.record.iri = u"https://p.example.net/o/1"_s;
        mapped.record.kind = Kind::Organisation;
        mapped.record.fields = {{u"name"_s, u"  Un  "_s}, {u"acronym"_s, u""_s}};
        auto checked = checkedRecord(mapped);
        QVERIFY(checked.has_value());
        QCOMPARE(checked->fields, (QJsonObject{{u"name"_s, u"Un"_s}}));

        mapped.record.fields.insert(u"email"_s, u"pas une adresse"_s);
        QVERIFY(!checkedRecord(mapped).has_value());
        mapped.record.fields = {{u"acronym"_s, u"UN"_s}};
        QVERIFY2(!checkedRecord(mapped).has_value(), "the name is required");
        mapped.problems = {u"bad point"_s};
        QCOMPARE(checkedRecord(mapped).error().message, u"bad point"_s);
    }

    void unknownClassIsNotFound()
    {
        QList<Statement> statements{{Term::iri(u"https://p.example.net/x"_s),
                                     Term::iri(ns::iri(ns::rdf, u"type")),
                                     Term::iri(u"https://vocab.example.net/Unknown"_s),
                                     {}}};
        auto mapped = recordFromStatements(u"https://p.example.net/x"_s, statements);
        QVERIFY(!mapped.has_value());
        QCOMPARE(mapped.error().code, Error::Code::NotFound);
    }

    void attachmentsRoundTripByteIdentical()
    {
        Record record = sampleRecord(Kind::Organisation);
        const QByteArray first = recordToNQuads(record);
        QVERIFY(first.contains("<http://schema.org/associatedMedia>"));
        QVERIFY(first.contains("<http://schema.org/MediaObject>"));
        const QByteArray url = "<http://schema.org/contentUrl> <urn:sha256:" + QByteArray(64, 'b');
        QVERIFY(first.contains(QByteArray(url + '>')));
        QVERIFY(first.contains("\"123456\"^^<http://www.w3.org/2001/XMLSchema#integer>"));

        auto records = recordsFromText(first, u"nquads"_s);
        QVERIFY(records.has_value());
        QCOMPARE(records->size(), 1);
        QVERIFY2(records->first().extras.isEmpty(),
                 qPrintable(records->first().extras.join(u"\n")));
        auto checked = checkedRecord(records->first());
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
        QCOMPARE(checked->fields.value(u"attachments"_s), record.fields.value(u"attachments"_s));
        QCOMPARE(recordToNQuads(*checked), first);
    }

    void foreignMediaStaysExtra()
    {
        // A schema:associatedMedia that is not a content-addressed file is kept as it came.
        const QByteArray turtle = QByteArray(R"(
            @prefix schema: <http://schema.org/> .
            <https://r.example.org/id/article/1> a schema:NewsArticle ;
                <http://purl.org/dc/terms/title> "Une" ;
                schema:associatedMedia [ a schema:MediaObject ;
                    schema:contentUrl <https://r.example.org/photo.jpg> ] ,
                  [ schema:contentUrl <urn:sha256:)" +
                                             QByteArray(64, 'e') + R"(> ;
                    schema:name "plan.pdf" ; schema:contentSize "5" ] .
        )");
        auto records = recordsFromText(turtle, u"turtle"_s);
        QVERIFY(records.has_value());
        QCOMPARE(records->size(), 1);
        const MappedRecord &mapped = records->first();
        QVERIFY(mapped.problems.isEmpty());
        const QJsonArray attachments = mapped.record.fields.value(u"attachments"_s).toArray();
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments.at(0).toObject().value(u"name"_s), u"plan.pdf"_s);
        QCOMPARE(attachments.at(0).toObject().value(u"hash"_s),
                 QString(u"sha256:"_s + QString(64, u'e')));
        QCOMPARE(mapped.extras.size(), 3); // the link, the class and the URL of the photo
        QVERIFY(mapped.extras.join(u"\n").contains(u"photo.jpg"_s));
    }
};

QTEST_GUILESS_MAIN(TestRdfMapping)
#include "test_rdfmapping.moc"
