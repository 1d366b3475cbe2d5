// SPDX-License-Identifier: GPL-3.0-or-later
// Mapping suggestions from the names a French network gives its tables and
// columns, checks against a file's schema, and the JSON round trip.
#include "access/mapping.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pes;
using namespace pes::access;

namespace {

AccessColumn column(const QString &name, const QString &type = u"text"_s)
{
    AccessColumn c;
    c.name = name;
    c.type = type;
    c.size = 255;
    return c;
}

// The schema of a typical network database, as an inspection would report it.
AccessInspection networkDatabase()
{
    AccessInspection inspection;
    inspection.file = u"/srv/reseau/Adherents 2019.mdb"_s;
    inspection.format = u"Jet4"_s;

    AccessTable structures;
    structures.name = u"Structures adhérentes"_s;
    structures.rows = 120;
    structures.primaryKey = {u"N°"_s};
    AccessColumn id = column(u"N°"_s, u"longInteger"_s);
    id.autoNumber = true;
    structures.columns = {id,
                          column(u"Raison sociale"_s),
                          column(u"Sigle"_s),
                          column(u"Adresse"_s),
                          column(u"CP"_s),
                          column(u"Ville"_s),
                          column(u"Tél"_s),
                          column(u"Portable"_s),
                          column(u"Fax"_s),
                          column(u"E-mail"_s),
                          column(u"Site web"_s),
                          column(u"SIRET"_s),
                          column(u"Adhérent"_s, u"boolean"_s),
                          column(u"Date d'adhésion"_s, u"dateTime"_s),
                          column(u"Observations"_s, u"memo"_s),
                          column(u"Champ inconnu"_s)};
    AccessTable contacts;
    contacts.name = u"Contacts"_s;
    contacts.rows = 300;
    AccessColumn contactId = column(u"IdContact"_s, u"longInteger"_s);
    contactId.autoNumber = true;
    contacts.columns = {contactId,
                        column(u"Nom"_s),
                        column(u"Prénom"_s),
                        column(u"Fonction"_s),
                        column(u"Email"_s),
                        column(u"Portable"_s),
                        column(u"IdStructure"_s, u"longInteger"_s)};
    AccessTable offers;
    offers.name = u"Offres"_s;
    offers.primaryKey = {u"Id"_s};
    offers.columns = {column(u"Id"_s, u"longInteger"_s), column(u"Titre"_s),
                      column(u"Description"_s, u"memo"_s),
                      column(u"Structure"_s, u"longInteger"_s)};
    AccessTable settings;
    settings.name = u"Paramètres"_s;
    settings.columns = {column(u"Clé"_s), column(u"Valeur"_s)};
    inspection.tables = {structures, contacts, offers, settings};
    inspection.relationships.append({u"StructuresOffres"_s,
                                     u"Offres"_s,
                                     {u"Structure"_s},
                                     u"Structures adhérentes"_s,
                                     {u"N°"_s}});
    return inspection;
}

const TableMapping *find(const ImportMapping &mapping, const QString &table)
{
    for (const TableMapping &t : mapping.tables) {
        if (t.table == table)
            return &t;
    }
    return nullptr;
}

} // namespace

class TestAccessMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suggestsKinds()
    {
        const ImportMapping mapping = suggestMapping(networkDatabase());
        QCOMPARE(mapping.source, u"access:Adherents 2019.mdb"_s);
        QCOMPARE(mapping.tables.size(), 3); // "Paramètres" is left out
        QCOMPARE(find(mapping, u"Structures adhérentes"_s)->kind, Kind::Organisation);
        QCOMPARE(find(mapping, u"Contacts"_s)->kind, Kind::Person);
        QCOMPARE(find(mapping, u"Offres"_s)->kind, Kind::Exchange);
        QVERIFY(mapping.check(networkDatabase()));
    }

    void suggestsFields_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("field");
        const QString s = u"Structures adhérentes"_s;
        QTest::newRow("Raison sociale") << s << u"Raison sociale"_s << u"name"_s;
        QTest::newRow("Sigle") << s << u"Sigle"_s << u"acronym"_s;
        QTest::newRow("Adresse") << s << u"Adresse"_s << u"street"_s;
        QTest::newRow("CP") << s << u"CP"_s << u"postcode"_s;
        QTest::newRow("Ville") << s << u"Ville"_s << u"city"_s;
        QTest::newRow("Tél") << s << u"Tél"_s << u"phone"_s;
        QTest::newRow("E-mail") << s << u"E-mail"_s << u"email"_s;
        QTest::newRow("Site web") << s << u"Site web"_s << u"website"_s;
        QTest::newRow("SIRET") << s << u"SIRET"_s << u"siret"_s;
        QTest::newRow("Adhérent") << s << u"Adhérent"_s << u"member"_s;
        QTest::newRow("Date d'adhésion") << s << u"Date d'adhésion"_s << u"membershipDate"_s;
        QTest::newRow("Observations") << s << u"Observations"_s << u"notes"_s;
        QTest::newRow("unknown column") << s << u"Champ inconnu"_s << QString();
        QTest::newRow("person Nom") << u"Contacts"_s << u"Nom"_s << u"familyName"_s;
        QTest::newRow("person Prénom") << u"Contacts"_s << u"Prénom"_s << u"givenName"_s;
        QTest::newRow("offer Titre") << u"Offres"_s << u"Titre"_s << u"title"_s;
    }
    void suggestsFields()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QString, field);
        const ImportMapping mapping = suggestMapping(networkDatabase());
        QCOMPARE(find(mapping, table)->fields.value(column), field);
    }

    void suggestsContactsAndLinks()
    {
        const ImportMapping mapping = suggestMapping(networkDatabase());
        const TableMapping *structures = find(mapping, u"Structures adhérentes"_s);
        QCOMPARE(structures->key, QStringList{u"N°"_s});
        QCOMPARE(structures->contacts.value(u"Portable"_s), u"mobile"_s);
        QCOMPARE(structures->contacts.value(u"Fax"_s), u"fax"_s);

        const TableMapping *contacts = find(mapping, u"Contacts"_s);
        QCOMPARE(contacts->key,
                 QStringList{u"IdContact"_s}); // the auto number, without a primary key
        QVERIFY(contacts->engagement);
        QCOMPARE(contacts->engagement->column, u"IdStructure"_s);
        QCOMPARE(contacts->engagement->table, u"Structures adhérentes"_s);
        QCOMPARE(contacts->engagement->roleDetailColumn, u"Fonction"_s);

        const TableMapping *offers = find(mapping, u"Offres"_s);
        QCOMPARE(offers->references.size(), 1); // from the relationship
        QCOMPARE(offers->references.first().field, u"organisation"_s);

        // Referenced tables come first.
        const QList<TableMapping> ordered = mapping.orderedTables();
        QCOMPARE(ordered.first().table, u"Structures adhérentes"_s);
    }

    void jsonRoundTrip()
    {
        ImportMapping mapping = suggestMapping(networkDatabase());
        mapping.tables[2].constants.insert(u"way"_s, u"offer"_s);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"mapping.json"_s);
        QVERIFY(mapping.save(path));
        auto loaded = ImportMapping::load(path);
        QVERIFY(loaded);
        QCOMPARE(loaded->toJson(), mapping.toJson());
    }

    void checkNamesTheProblem_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown table")
            << uR"({"tables":[{"table":"Membres","kind":"organisation","fields":{}}]})"_s
            << u"table “Membres”"_s;
        QTest::newRow("unknown column")
            << uR"({"tables":[{"table":"Contacts","kind":"person","fields":{"Age":"category"}}]})"_s
            << u"no column “Age”"_s;
        QTest::newRow("field of another kind")
            << uR"({"tables":[{"table":"Contacts","kind":"person","fields":{"Nom":"siret"}}]})"_s
            << u"no field “siret”"_s;
        QTest::newRow("bad medium")
            << uR"({"tables":[{"table":"Contacts","kind":"person","contacts":{"Portable":"pigeon"}}]})"_s
            << u"medium “pigeon”"_s;
        QTest::newRow("reference to an unmapped table")
            << uR"({"tables":[{"table":"Offres","kind":"exchange","references":[{"column":"Structure","field":"organisation","table":"Structures adhérentes"}]}]})"_s
            << u"not mapped"_s;
    }
    void checkNamesTheProblem()
    {
        QFETCH(QString, json);
        QFETCH(QString, message);
        auto mapping = ImportMapping::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
        QVERIFY(mapping);
        const Status status = mapping->check(networkDatabase());
        QVERIFY(!status);
        QVERIFY2(status.error().message.contains(message), qPrintable(status.error().message));
    }

    void linkedTablesPointElsewhere()
    {
        AccessInspection inspection = networkDatabase();
        inspection.linked.append(
            {u"Communes"_s, u"Communes"_s, u"C:\\Réseau\\Référentiel.mdb"_s, {}});
        auto mapping = ImportMapping::fromJson(
            QJsonDocument::fromJson(R"({"tables":[{"table":"Communes","kind":"tag"}]})").object());
        QVERIFY(mapping);
        const Status status = mapping->check(inspection);
        QVERIFY(!status);
        QVERIFY2(status.error().message.contains(u"Référentiel.mdb"_s),
                 qPrintable(status.error().message));
    }

    void filesGoToAttachments()
    {
        AccessInspection inspection = networkDatabase();
        inspection.tables[0].columns.append(column(u"Logo"_s, u"ole"_s));
        inspection.tables[0].columns.append(column(u"Pièces jointes"_s, u"complex"_s));
        inspection.tables[0].columns.append(column(u"Valeurs"_s, u"complex"_s)); // multi-valued
        inspection.tables[0].columns.append(column(u"Photo du siège"_s));        // text: a caption
        const ImportMapping mapping = suggestMapping(inspection);
        const TableMapping &structures = mapping.tables.first();
        QCOMPARE(structures.fields.value(u"Logo"_s), u"attachments"_s);
        QCOMPARE(structures.fields.value(u"Pièces jointes"_s), u"attachments"_s);
        QVERIFY(!structures.fields.contains(u"Valeurs"_s));
        QVERIFY(!structures.fields.contains(u"Photo du siège"_s));
        QVERIFY(mapping.check(inspection));

        // Only files can fill attachments.
        ImportMapping wrong = mapping;
        wrong.tables.first().fields.insert(u"Sigle"_s, u"attachments"_s);
        const Status status = wrong.check(inspection);
        QVERIFY(!status);
        QVERIFY2(status.error().message.contains(u"OLE"_s), qPrintable(status.error().message));
    }

    void unknownKindIsAParseError()
    {
        auto mapping = ImportMapping::fromJson(
            QJsonDocument::fromJson(R"({"tables":[{"table":"T","kind":"adherent"}]})").object());
        QVERIFY(!mapping);
        QVERIFY(mapping.error().message.contains(u"adherent"_s));
    }
};

QTEST_GUILESS_MAIN(TestAccessMapping)
#include "test_accessmapping.moc"
