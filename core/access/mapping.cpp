// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping.h"

#include "text/folding.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pes::access {

namespace {

// "Date d'adhésion" -> "date d adhesion", "N°_SIRET" -> "n siret".
QString normaliseName(const QString &name)
{
    static const QRegularExpression separators(u"[^a-z0-9]+"_s);
    return foldText(name).replace(separators, u" "_s).trimmed();
}

bool matchesAny(const QString &name, const QStringList &candidates)
{
    return candidates.contains(name);
}

bool containsAny(const QString &name, const QStringList &words)
{
    for (const QString &word : words) {
        if (name.contains(word))
            return true;
    }
    return false;
}

std::optional<Kind> guessKind(const AccessTable &table)
{
    const QString name = normaliseName(table.name);
    if (containsAny(name, {u"emploi"_s, u"recrutement"_s}))
        return Kind::JobOffer;
    if (containsAny(name, {u"offre"_s, u"demande"_s, u"echange"_s, u"annonce"_s}))
        return Kind::Exchange;
    if (containsAny(name, {u"evenement"_s, u"agenda"_s, u"manifestation"_s}))
        return Kind::Event;
    if (containsAny(name, {u"contact"_s, u"personne"_s, u"individu"_s, u"benevole"_s, u"salarie"_s,
                           u"dirigeant"_s}))
        return Kind::Person;
    if (containsAny(name, {u"structure"_s, u"adherent"_s, u"organisation"_s, u"organisme"_s,
                           u"association"_s, u"entreprise"_s, u"partenaire"_s, u"fournisseur"_s}))
        return Kind::Organisation;

    QSet<QString> columns;
    for (const AccessColumn &c : table.columns)
        columns.insert(normaliseName(c.name));
    if (columns.contains(u"prenom"_s))
        return Kind::Person;
    if (columns.contains(u"siret"_s) || columns.contains(u"raison sociale"_s) ||
        columns.contains(u"sigle"_s))
        return Kind::Organisation;
    return std::nullopt;
}

// The field (or contact medium, prefixed "contact:") a column suggests for a kind.
QString guessField(Kind kind, const QString &column, const QString &type)
{
    const QString n = normaliseName(column);
    const bool isDate = type == u"dateTime";

    // Files: attachment columns (Access 2007+) and OLE objects.
    if (type == u"ole" || type == u"complex") {
        if (kindInfo(kind).field(u"attachments"_s) &&
            containsAny(n,
                        {u"logo"_s, u"photo"_s, u"image"_s, u"piece"_s, u"document"_s, u"fichier"_s,
                         u"attachment"_s, u"attach"_s, u"pj"_s, u"annexe"_s, u"plaquette"_s}))
            return u"attachments"_s;
        return {};
    }

    if (matchesAny(n, {u"tel"_s, u"telephone"_s, u"tel fixe"_s, u"telephone fixe"_s, u"phone"_s}))
        return kind == Kind::Organisation || kind == Kind::Person ? u"phone"_s : u"contact:phone"_s;
    if (matchesAny(
            n, {u"portable"_s, u"mobile"_s, u"tel portable"_s, u"telephone portable"_s, u"gsm"_s}))
        return u"contact:mobile"_s;
    if (matchesAny(n, {u"fax"_s, u"telecopie"_s}))
        return u"contact:fax"_s;
    if (matchesAny(n, {u"email"_s, u"e mail"_s, u"mail"_s, u"courriel"_s, u"adresse mail"_s,
                       u"adresse email"_s, u"mel"_s}))
        return kind == Kind::Organisation || kind == Kind::Person ? u"email"_s : u"contact:email"_s;
    if (matchesAny(n, {u"site"_s, u"site web"_s, u"site internet"_s, u"url"_s, u"web"_s}))
        return kind == Kind::Organisation ? u"website"_s : u"contact:website"_s;
    if (matchesAny(n, {u"adresse"_s, u"adresse 1"_s, u"adresse1"_s, u"rue"_s, u"voie"_s}))
        return u"street"_s;
    if (matchesAny(n, {u"cp"_s, u"code postal"_s, u"codepostal"_s, u"code post"_s}))
        return u"postcode"_s;
    if (matchesAny(n, {u"ville"_s, u"commune"_s, u"localite"_s}))
        return u"city"_s;
    if (n == u"pays")
        return u"country"_s;
    if (n == u"latitude" || n == u"longitude")
        return n;
    if (matchesAny(n, {u"notes"_s, u"note"_s, u"remarques"_s, u"observations"_s, u"commentaire"_s,
                       u"commentaires"_s}))
        return kind == Kind::Organisation || kind == Kind::Person ? u"notes"_s : QString();

    switch (kind) {
    case Kind::Organisation:
        if (matchesAny(n, {u"nom"_s, u"raison sociale"_s, u"nom structure"_s,
                           u"nom de la structure"_s, u"denomination"_s, u"structure"_s}))
            return u"name"_s;
        if (matchesAny(n, {u"sigle"_s, u"acronyme"_s}))
            return u"acronym"_s;
        if (matchesAny(n, {u"siret"_s, u"n siret"_s, u"no siret"_s, u"numero siret"_s}))
            return u"siret"_s;
        if (matchesAny(n, {u"adherent"_s, u"membre"_s}))
            return u"member"_s;
        if (matchesAny(n, {u"date d adhesion"_s, u"date adhesion"_s, u"adhesion"_s}) && isDate)
            return u"membershipDate"_s;
        if (matchesAny(n, {u"date de creation"_s, u"date creation"_s}))
            return u"foundingDate"_s;
        if (matchesAny(n, {u"description"_s, u"activite"_s, u"activites"_s, u"presentation"_s}))
            return u"description"_s;
        if (matchesAny(n, {u"forme juridique"_s, u"statut juridique"_s, u"statut"_s}))
            return u"legalForm"_s;
        if (n == u"sous titre")
            return u"subtitle"_s;
        break;
    case Kind::Person:
        if (matchesAny(n, {u"nom"_s, u"nom de famille"_s}))
            return u"familyName"_s;
        if (n == u"prenom")
            return u"givenName"_s;
        if (matchesAny(n, {u"categorie"_s, u"type"_s}))
            return u"category"_s;
        break;
    case Kind::Exchange:
    case Kind::JobOffer:
    case Kind::Event:
    case Kind::Article:
        if (matchesAny(n, {u"titre"_s, u"intitule"_s, u"objet"_s, u"nom"_s}))
            return u"title"_s;
        if (matchesAny(n, {u"description"_s, u"texte"_s, u"detail"_s, u"details"_s}))
            return kind == Kind::Article ? u"body"_s : u"description"_s;
        if (kind == Kind::Event && matchesAny(n, {u"date"_s, u"date debut"_s, u"debut"_s}))
            return u"start"_s;
        if (kind == Kind::Event && matchesAny(n, {u"date fin"_s, u"fin"_s}))
            return u"end"_s;
        if (kind != Kind::Event &&
            matchesAny(n, {u"date limite"_s, u"echeance"_s, u"date d expiration"_s}))
            return u"expiry"_s;
        if (kind == Kind::JobOffer && matchesAny(n, {u"contrat"_s, u"type de contrat"_s}))
            return u"contract"_s;
        break;
    default:
        break;
    }
    return {};
}

QJsonObject stringMap(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, QString> toStringMap(const QJsonObject &o)
{
    QMap<QString, QString> map;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

} // namespace

QString defaultSource(const QString &path)
{
    return u"access:"_s + QFileInfo(path).fileName();
}

QJsonObject ImportMapping::toJson() const
{
    QJsonArray tableArray;
    for (const TableMapping &t : tables) {
        QJsonObject o{{u"table"_s, t.table},
                      {u"kind"_s, kindInfo(t.kind).name},
                      {u"key"_s, QJsonArray::fromStringList(t.key)},
                      {u"fields"_s, stringMap(t.fields)}};
        if (!t.contacts.isEmpty())
            o.insert(u"contacts"_s, stringMap(t.contacts));
        if (!t.constants.isEmpty())
            o.insert(u"constants"_s, t.constants);
        QJsonArray references;
        for (const ReferenceMapping &r : t.references)
            references.append(
                QJsonObject{{u"column"_s, r.column}, {u"field"_s, r.field}, {u"table"_s, r.table}});
        if (!references.isEmpty())
            o.insert(u"references"_s, references);
        if (t.engagement) {
            QJsonObject e{{u"column"_s, t.engagement->column},
                          {u"table"_s, t.engagement->table},
                          {u"role"_s, t.engagement->role}};
            if (!t.engagement->roleDetailColumn.isEmpty())
                e.insert(u"roleDetailColumn"_s, t.engagement->roleDetailColumn);
            o.insert(u"engagement"_s, e);
        }
        tableArray.append(o);
    }
    QJsonObject json{{u"source"_s, source}, {u"tables"_s, tableArray}};
    if (!encoding.isEmpty())
        json.insert(u"encoding"_s, encoding);
    return json;
}

Result<ImportMapping> ImportMapping::fromJson(const QJsonObject &json)
{
    ImportMapping mapping;
    mapping.source = json.value(u"source"_s).toString();
    mapping.encoding = json.value(u"encoding"_s).toString();
    if (!json.value(u"tables"_s).isArray())
        return fail(Error::Code::Parse, u"the mapping has no “tables” list"_s);
    for (const QJsonValue &v : json.value(u"tables"_s).toArray()) {
        const QJsonObject o = v.toObject();
        TableMapping t;
        t.table = o.value(u"table"_s).toString();
        if (t.table.isEmpty())
            return fail(Error::Code::Parse, u"a table of the mapping has no “table” name"_s);
        const auto kind = kindFromName(o.value(u"kind"_s).toString());
        if (!kind)
            return fail(Error::Code::Parse, u"table “%1”: unknown kind “%2”"_s.arg(
                                                t.table, o.value(u"kind"_s).toString()));
        t.kind = *kind;
        for (const QJsonValue &k : o.value(u"key"_s).toArray())
            t.key.append(k.toString());
        t.fields = toStringMap(o.value(u"fields"_s).toObject());
        t.contacts = toStringMap(o.value(u"contacts"_s).toObject());
        t.constants = o.value(u"constants"_s).toObject();
        for (const QJsonValue &r : o.value(u"references"_s).toArray()) {
            const QJsonObject ro = r.toObject();
            t.references.append({ro.value(u"column"_s).toString(), ro.value(u"field"_s).toString(),
                                 ro.value(u"table"_s).toString()});
        }
        if (o.contains(u"engagement"_s)) {
            const QJsonObject e = o.value(u"engagement"_s).toObject();
            t.engagement =
                EngagementMapping{e.value(u"column"_s).toString(), e.value(u"table"_s).toString(),
                                  e.value(u"role"_s).toString(u"employee"_s),
                                  e.value(u"roleDetailColumn"_s).toString()};
        }
        mapping.tables.append(t);
    }
    return mapping;
}

Result<ImportMapping> ImportMapping::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, u"%1: cannot be read (%2)"_s.arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        return fail(Error::Code::Parse,
                    u"%1: not a JSON mapping (%2 at offset %3)"_s.arg(path, error.errorString())
                        .arg(error.offset));
    auto mapping = fromJson(document.object());
    if (!mapping)
        return fail(mapping.error().code, path + u": "_s + mapping.error().message);
    return mapping;
}

Status ImportMapping::save(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(Error::Code::Io, u"%1: cannot be written (%2)"_s.arg(path, file.errorString()));
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    return {};
}

Status ImportMapping::check(const AccessInspection &inspection) const
{
    QSet<QString> mapped;
    for (const TableMapping &t : tables)
        mapped.insert(t.table);
    for (const TableMapping &t : tables) {
        const AccessTable *table = inspection.table(t.table);
        for (const LinkedTable &linked : inspection.linked) {
            if (!table && linked.name == t.table)
                return fail(
                    Error::Code::InvalidArgument,
                    u"table “%1” is linked from %2 (as “%3”): import that file instead"_s.arg(
                        t.table, linked.database.isEmpty() ? linked.connect : linked.database,
                        linked.foreignName));
        }
        if (!table)
            return fail(
                Error::Code::InvalidArgument,
                u"the mapping names table “%1”, which the file does not have"_s.arg(t.table));
        const KindInfo &info = kindInfo(t.kind);
        auto needColumn = [&](const QString &column) -> Status {
            if (!table->column(column))
                return fail(Error::Code::InvalidArgument,
                            u"table “%1” has no column “%2”"_s.arg(t.table, column));
            return {};
        };
        for (const QString &column : t.key)
            PES_TRY(needColumn(column));
        for (auto it = t.fields.cbegin(); it != t.fields.cend(); ++it) {
            PES_TRY(needColumn(it.key()));
            if (!info.field(it.value()))
                return fail(Error::Code::InvalidArgument,
                            u"table “%1”, column “%2”: a %3 has no field “%4”"_s.arg(
                                t.table, it.key(), info.name, it.value()));
            const QString type = table->column(it.key())->type;
            if (it.value() == u"attachments" && type != u"ole" && type != u"complex")
                return fail(
                    Error::Code::InvalidArgument,
                    u"table “%1”, column “%2”: only an attachment or OLE object column "
                    u"can fill “attachments” (this one is %3)"_s.arg(t.table, it.key(), type));
        }
        const FieldInfo *medium = kindInfo(Kind::ContactPoint).field(u"medium"_s);
        for (auto it = t.contacts.cbegin(); it != t.contacts.cend(); ++it) {
            PES_TRY(needColumn(it.key()));
            if (!medium->choices.contains(it.value()))
                return fail(Error::Code::InvalidArgument,
                            u"table “%1”, column “%2”: unknown contact medium “%3”"_s.arg(
                                t.table, it.key(), it.value()));
        }
        for (auto it = t.constants.constBegin(); it != t.constants.constEnd(); ++it) {
            if (!info.field(it.key()))
                return fail(
                    Error::Code::InvalidArgument,
                    u"table “%1”: a %2 has no field “%3”"_s.arg(t.table, info.name, it.key()));
        }
        for (const ReferenceMapping &r : t.references) {
            PES_TRY(needColumn(r.column));
            const FieldInfo *field = info.field(r.field);
            if (!field || (field->type != FieldType::Reference))
                return fail(Error::Code::InvalidArgument,
                            u"table “%1”: “%2” is not a reference field of a %3"_s.arg(
                                t.table, r.field, info.name));
            if (!mapped.contains(r.table))
                return fail(
                    Error::Code::InvalidArgument,
                    u"table “%1”, column “%2” refers to table “%3”, which is not mapped"_s.arg(
                        t.table, r.column, r.table));
        }
        if (t.engagement) {
            if (t.kind != Kind::Person)
                return fail(
                    Error::Code::InvalidArgument,
                    u"table “%1”: only tables of people can have engagements"_s.arg(t.table));
            PES_TRY(needColumn(t.engagement->column));
            if (!t.engagement->roleDetailColumn.isEmpty())
                PES_TRY(needColumn(t.engagement->roleDetailColumn));
            if (!mapped.contains(t.engagement->table))
                return fail(
                    Error::Code::InvalidArgument,
                    u"table “%1”: engagements refer to table “%2”, which is not mapped"_s.arg(
                        t.table, t.engagement->table));
            const FieldInfo *role = kindInfo(Kind::Engagement).field(u"role"_s);
            if (!role->choices.contains(t.engagement->role))
                return fail(Error::Code::InvalidArgument,
                            u"table “%1”: unknown engagement role “%2” (one of %3)"_s.arg(
                                t.table, t.engagement->role, role->choices.join(u", "_s)));
        }
    }
    return {};
}

QList<TableMapping> ImportMapping::orderedTables() const
{
    QList<TableMapping> ordered;
    QSet<QString> placed;
    QList<TableMapping> pending = tables;
    while (!pending.isEmpty()) {
        bool progress = false;
        for (qsizetype i = 0; i < pending.size(); ++i) {
            const TableMapping &t = pending.at(i);
            bool ready = true;
            for (const ReferenceMapping &r : t.references)
                ready = ready && (placed.contains(r.table) || r.table == t.table);
            if (t.engagement)
                ready = ready && placed.contains(t.engagement->table);
            if (ready) {
                placed.insert(t.table);
                ordered.append(t);
                pending.removeAt(i--);
                progress = true;
            }
        }
        if (!progress) { // a cycle: keep the remaining order, references resolve when they can
            ordered.append(pending);
            break;
        }
    }
    return ordered;
}

ImportMapping suggestMapping(const AccessInspection &inspection)
{
    ImportMapping mapping;
    mapping.source = defaultSource(inspection.file);
    mapping.encoding = inspection.encoding;

    for (const AccessTable &table : inspection.tables) {
        const auto kind = table.error.isEmpty() ? guessKind(table) : std::nullopt;
        if (!kind)
            continue;
        TableMapping t;
        t.table = table.name;
        t.kind = *kind;
        t.key = table.primaryKey;
        if (t.key.isEmpty()) {
            for (const AccessColumn &c : table.columns) {
                if (c.autoNumber)
                    t.key = {c.name};
            }
        }
        QSet<QString> used;
        for (const AccessColumn &c : table.columns) {
            const QString field = guessField(t.kind, c.name, c.type);
            if (field.isEmpty())
                continue;
            if (field.startsWith(u"contact:"_s)) {
                t.contacts.insert(c.name, field.mid(8));
            } else if (field == u"attachments" || !used.contains(field)) {
                used.insert(field);
                t.fields.insert(c.name, field);
            }
        }
        mapping.tables.append(t);
    }

    // Links between tables: from relationships, then from column names such
    // as "IdStructure" that name a mapped table of organisations.
    for (TableMapping &t : mapping.tables) {
        const AccessTable *table = inspection.table(t.table);
        for (const TableMapping &other : std::as_const(mapping.tables)) {
            if (other.kind != Kind::Organisation || other.table == t.table)
                continue;
            QString column;
            for (const Relationship &r : inspection.relationships) {
                if (r.table == t.table && r.referencedTable == other.table && r.columns.size() == 1)
                    column = r.columns.first();
            }
            if (column.isEmpty()) {
                // "Structures adhérentes" -> "structure", found in "IdStructure".
                QString singular = normaliseName(other.table).section(u' ', 0, 0);
                if (singular.endsWith(u's'))
                    singular.chop(1);
                for (const AccessColumn &c : table->columns) {
                    const QString n = normaliseName(c.name);
                    if (singular.size() >= 3 && n != singular && n.contains(singular) &&
                        containsAny(n, {u"id"_s, u"num"_s, u"code"_s, u"ref"_s, u"no"_s}))
                        column = c.name;
                }
            }
            if (column.isEmpty() || t.fields.contains(column))
                continue;
            if (t.kind == Kind::Person) {
                EngagementMapping e{column, other.table, u"employee"_s, {}};
                for (const AccessColumn &c : table->columns) {
                    if (matchesAny(normaliseName(c.name), {u"fonction"_s, u"poste"_s, u"role"_s}))
                        e.roleDetailColumn = c.name;
                }
                t.engagement = e;
            } else if (const KindInfo &info = kindInfo(t.kind); info.field(u"organisation"_s)) {
                t.references.append({column, u"organisation"_s, other.table});
            } else if (info.field(u"organiser"_s)) {
                t.references.append({column, u"organiser"_s, other.table});
            }
            break;
        }
    }
    return mapping;
}

} // namespace pes::access
