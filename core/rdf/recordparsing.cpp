// SPDX-License-Identifier: GPL-3.0-or-later
// Records read back from their statements.
#include "recordmapping.h"

#include "mappingrules_p.h"
#include "recordgrouper.h"
#include "serdreader.h"

#include "domain/validation.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pes::rdf {

using namespace detail;

namespace {

std::optional<Kind> kindOfClass(const QString &iri)
{
    for (Kind kind : allKinds()) {
        if (kindClass(kind) == iri)
            return kind;
    }
    if (iri == ns::iri(ns::essglobal, u"SSEInitiative")) // kept as an extra class too
        return Kind::Organisation;
    return std::nullopt;
}

bool isAddressLink(const QString &predicate)
{
    static const QString locn = ns::iri(ns::locn, u"address");
    static const QString essglobal = ns::iri(ns::essglobal, u"hasAddress");
    return predicate == locn || predicate == essglobal;
}

// Predicates of other vocabularies read as a field when the PES one is absent
// (ESSGLOBAL data as solidarity-economy maps publish it).
const FieldRule *aliasRule(Kind kind, const QString &predicate)
{
    if (kind != Kind::Organisation || predicate != ns::iri(ns::gr, u"name"))
        return nullptr;
    for (const FieldRule &rule : fieldRules(kind)) {
        if (rule.field == u"name")
            return &rule;
    }
    return nullptr;
}

QDateTime parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : time;
}

// Which rule of the kind takes this statement's object, by predicate and language.
const FieldRule *ruleFor(Kind kind, const QString &predicate, const Term &object)
{
    for (const FieldRule &rule : fieldRules(kind)) {
        if (rule.predicate != predicate)
            continue;
        if (!object.isLiteral())
            return &rule;
        const QString &language = object.language;
        if (rule.language.isEmpty() || rule.language == u"fr") {
            if (language.isEmpty() || language == u"fr")
                return &rule;
        } else if (rule.language == language) {
            return &rule;
        }
    }
    return nullptr;
}

// A field value from one term; a problem when the term cannot be one.
std::expected<QJsonValue, QString> fieldValue(Kind kind, const FieldInfo &field, const Term &term,
                                              const QString &predicate)
{
    switch (field.type) {
    case FieldType::Reference:
    case FieldType::ReferenceList:
    case FieldType::Url:
        return QJsonValue(term.value);
    case FieldType::Choice:
    case FieldType::ChoiceList: {
        if (term.isLiteral())
            return QJsonValue(term.value);
        const auto choice = choiceFromIri(kind, field, term.value);
        if (!choice) {
            QStringList expected;
            for (const QString &value : field.choices)
                expected.append(u"ess:"_s + value);
            return std::unexpected(u"<%1> %2 <%3>: not a value of “%4” (expected one of %5)"_s.arg(
                ns::iri(ns::ess, u""), predicate, term.value, field.name, expected.join(u", ")));
        }
        return QJsonValue(*choice);
    }
    default:
        break;
    }
    if (!term.isLiteral())
        return std::unexpected(
            u"%1 expects a literal for “%2”, not <%3>"_s.arg(predicate, field.name, term.value));
    if (field.type == FieldType::DateTime) {
        static const QRegularExpression wholeMinute(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:00$"_s);
        if (wholeMinute.match(term.value).hasMatch())
            return QJsonValue(term.value.left(16));
    }
    return QJsonValue(term.value);
}

// "POINT(5.3698 43.2965)", optionally after a CRS IRI: longitude then latitude.
std::optional<std::pair<double, double>> parseWktPoint(const QString &text)
{
    static const QRegularExpression point(
        u"^\\s*(?:<[^>]*>\\s*)?POINT\\s*\\(\\s*([-+0-9.eE]+)\\s+([-+0-9.eE]+)\\s*\\)\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto match = point.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool okLongitude = false;
    bool okLatitude = false;
    const double longitude = match.captured(1).toDouble(&okLongitude);
    const double latitude = match.captured(2).toDouble(&okLatitude);
    if (!okLongitude || !okLatitude)
        return std::nullopt;
    return std::pair{latitude, longitude};
}

struct Parser
{
    const QString &iri;
    const QList<Statement> &statements;
    MappedRecord mapped;
    QList<bool> consumed;
    Term subject;
    Term address;
    QString agent;
    bool wayGiven = false;

    void setField(const QString &name, const QJsonValue &value, bool list, qsizetype index)
    {
        QJsonObject &fields = mapped.record.fields;
        if (list) {
            QJsonArray items = fields.value(name).toArray();
            if (!items.contains(value))
                items.append(value);
            fields.insert(name, items);
            consumed[index] = true;
        } else if (!fields.contains(name)) {
            fields.insert(name, value);
            consumed[index] = true;
        } // a second value for a single-valued field stays an extra statement
    }

    void readMetadata(const QString &predicate, const Term &object, qsizetype index)
    {
        const QString local = predicate.mid(predicate.lastIndexOf(u'/') + 1);
        Record &record = mapped.record;
        if (predicate == ns::iri(ns::ess, u"network") && object.isIri() &&
            record.network.isEmpty()) {
            record.network = object.value;
            consumed[index] = true;
        } else if (predicate == ns::iri(ns::ess, u"visibility") && !mapped.hasVisibility) {
            QString name = object.value;
            if (object.isIri())
                name = name.mid(QString::fromUtf16(ns::ess).size());
            const auto visibility = visibilityFromName(name);
            if (!visibility) {
                mapped.problems.append(u"ess:visibility “%1” is not one of ess:public, ess:shared, "
                                       u"ess:network"_s.arg(object.value));
                return;
            }
            record.visibility = *visibility;
            mapped.hasVisibility = true;
            consumed[index] = true;
        } else if (predicate == ns::iri(ns::ess, u"version") && record.version == 0) {
            bool ok = false;
            record.version = object.value.toLongLong(&ok);
            if (!ok || record.version < 0)
                mapped.problems.append(
                    u"ess:version “%1” is not a whole number"_s.arg(object.value));
            consumed[index] = true;
        } else {
            QDateTime *target = predicate == ns::iri(ns::dct, u"created")    ? &record.created
                                : predicate == ns::iri(ns::dct, u"modified") ? &record.modified
                                                                             : &record.deletedAt;
            if (target->isValid())
                return;
            *target = parseTime(object.value);
            if (!target->isValid())
                mapped.problems.append(
                    u"%1 “%2” is not a date and time (expected xsd:dateTime such as "
                    u"2026-03-01T10:00:00Z)"_s.arg(local, object.value));
            consumed[index] = true;
        }
    }

    void readAddress(const QString &predicate, const Term &object, qsizetype index)
    {
        if (predicate == rdfType() && (object.value == ns::iri(ns::locn, u"Address") ||
                                       object.value == ns::iri(ns::essglobal, u"Address"))) {
            consumed[index] = true;
            return;
        }
        static const QHash<QString, QString> parts = {
            {ns::iri(ns::locn, u"thoroughfare"), u"street"_s},
            {ns::iri(ns::locn, u"postCode"), u"postcode"_s},
            {ns::iri(ns::locn, u"postName"), u"city"_s},
            {ns::iri(ns::locn, u"adminUnitL1"), u"country"_s},
            {ns::iri(ns::geo, u"lat"), u"latitude"_s},
            {ns::iri(ns::geo, u"long"), u"longitude"_s},
            {ns::iri(ns::vcard, u"street-address"), u"street"_s},
            {ns::iri(ns::vcard, u"postal-code"), u"postcode"_s},
            {ns::iri(ns::vcard, u"locality"), u"city"_s},
            {ns::iri(ns::vcard, u"country-name"), u"country"_s},
        };
        if (const auto part = parts.constFind(predicate);
            part != parts.cend() && object.isLiteral()) {
            if (!object.language.isEmpty() && object.language != u"fr")
                return;
            setField(*part, QJsonValue(object.value), false, index);
            return;
        }
        if (predicate == ns::iri(ns::locn, u"geometry") && object.isLiteral()) {
            const auto point = parseWktPoint(object.value);
            if (!point) {
                mapped.problems.append(
                    u"locn:geometry “%1” is not a WKT point such as "
                    u"“POINT(5.3698 43.2965)” (longitude, then latitude)"_s.arg(object.value));
                return;
            }
            if (!mapped.record.fields.contains(u"latitude"_s)) {
                mapped.record.fields.insert(u"latitude"_s, point->first);
                mapped.record.fields.insert(u"longitude"_s, point->second);
                consumed[index] = true;
            }
        }
    }

    void readField(const Statement &s, qsizetype index)
    {
        const Kind kind = mapped.record.kind;
        const QString &predicate = s.predicate.value;
        if (predicate == rdfType() && s.object.isIri()) {
            if (s.object.value == kindClass(kind) || extraClasses(kind).contains(s.object.value))
                consumed[index] = true;
            return;
        }
        if (isAddressLink(predicate) && s.object == address) {
            consumed[index] = true;
            return;
        }
        static const QStringList metadata = {
            ns::iri(ns::ess, u"network"),  ns::iri(ns::ess, u"visibility"),
            ns::iri(ns::ess, u"version"),  ns::iri(ns::dct, u"created"),
            ns::iri(ns::dct, u"modified"), ns::iri(ns::ov, u"deletedOn")};
        if (metadata.contains(predicate)) {
            readMetadata(predicate, s.object, index);
            return;
        }
        if (s.object.isIri() && (kind == Kind::Organisation || kind == Kind::Person)) {
            // vCard 4 style, as ESSGLOBAL maps publish them: mailto: and tel: IRIs.
            const QString &value = s.object.value;
            if (predicate == ns::iri(ns::vcard, u"hasEmail") && value.startsWith(u"mailto:")) {
                setField(u"email"_s, value.mid(7), false, index);
                return;
            }
            if (predicate == ns::iri(ns::vcard, u"hasTelephone") && value.startsWith(u"tel:")) {
                setField(u"phone"_s, value.mid(4), false, index);
                return;
            }
        }
        const FieldRule *rule = ruleFor(kind, predicate, s.object);
        if (rule && rule->info->type == FieldType::AttachmentList)
            return; // read by readAttachments(); what it did not take stays an extra
        if (!rule && s.object.isLiteral() &&
            (s.object.language.isEmpty() || s.object.language == u"fr"))
            rule = aliasRule(kind, predicate);
        if (!rule)
            return;
        auto value = fieldValue(kind, *rule->info, s.object, predicate);
        if (!value) {
            mapped.problems.append(value.error());
            return;
        }
        const bool list = rule->info->type == FieldType::ReferenceList ||
                          rule->info->type == FieldType::ChoiceList;
        setField(rule->field, *value, list, index);
    }

    // One attachment node: a schema:MediaObject whose content URL is
    // urn:sha256:<hex>. A node saying anything else is left whole as extras.
    void readAttachment(const Term &node, qsizetype link, QJsonArray &attachments)
    {
        QJsonObject item;
        QList<qsizetype> used{link};
        for (qsizetype i = 0; i < statements.size(); ++i) {
            const Statement &s = statements.at(i);
            if (s.subject != node)
                continue;
            const QString &predicate = s.predicate.value;
            const QString local = predicate.mid(QString::fromUtf16(ns::schema).size());
            const bool schemaTerm = predicate.startsWith(QString::fromUtf16(ns::schema));
            if (predicate == rdfType() && s.object.value == ns::iri(ns::schema, u"MediaObject")) {
                // its class, written for every attachment
            } else if (schemaTerm && local == u"contentUrl" && s.object.isIri() &&
                       s.object.value.startsWith(u"urn:sha256:") && !item.contains(u"hash"_s)) {
                item.insert(u"hash"_s, s.object.value.mid(4));
            } else if (schemaTerm && local == u"name" && s.object.isLiteral() &&
                       !item.contains(u"name"_s)) {
                item.insert(u"name"_s, s.object.value);
            } else if (schemaTerm && local == u"encodingFormat" && s.object.isLiteral() &&
                       !item.contains(u"mediaType"_s)) {
                item.insert(u"mediaType"_s, s.object.value);
            } else if (schemaTerm && local == u"contentSize" && s.object.isLiteral() &&
                       !item.contains(u"size"_s)) {
                bool ok = false;
                const qint64 size = s.object.value.toLongLong(&ok);
                if (!ok || size < 0) {
                    mapped.problems.append(u"schema:contentSize “%1” of an attachment is not a "
                                           u"number of bytes"_s.arg(s.object.value));
                    return;
                }
                item.insert(u"size"_s, size);
            } else {
                return;
            }
            used.append(i);
        }
        if (!item.contains(u"hash"_s))
            return;
        for (qsizetype i : std::as_const(used))
            consumed[i] = true;
        attachments.append(item);
    }

    void readAttachments()
    {
        if (!kindInfo(mapped.record.kind).field(u"attachments"_s))
            return;
        const QString link = ns::iri(ns::schema, u"associatedMedia");
        QJsonArray attachments;
        QList<Term> seen;
        for (qsizetype i = 0; i < statements.size(); ++i) {
            const Statement &s = statements.at(i);
            if (s.subject == subject && s.predicate.value == link && s.object.isBlank() &&
                !seen.contains(s.object)) {
                seen.append(s.object);
                readAttachment(s.object, i, attachments);
            }
        }
        if (!attachments.isEmpty())
            mapped.record.fields.insert(u"attachments"_s, attachments);
    }

    void run()
    {
        readAttachments();
        for (qsizetype i = 0; i < statements.size(); ++i) {
            const Statement &s = statements.at(i);
            if (s.subject == subject && isAddressLink(s.predicate.value) && !s.object.isLiteral()) {
                address = s.object;
                break;
            }
        }
        const QString offers = ns::iri(ns::gr, u"offers");
        const QString seeks = ns::iri(ns::gr, u"seeks");
        for (qsizetype i = 0; i < statements.size(); ++i) {
            const Statement &s = statements.at(i);
            if (s.subject == subject) {
                readField(s, i);
            } else if (!address.isNone() && s.subject == address) {
                readAddress(s.predicate.value, s.object, i);
            } else if (mapped.record.kind == Kind::Exchange && s.object == subject && !wayGiven &&
                       (s.predicate.value == offers || s.predicate.value == seeks) &&
                       s.subject.isIri()) {
                mapped.record.fields.insert(u"way"_s,
                                            s.predicate.value == offers ? u"offer"_s : u"need"_s);
                agent = s.subject.value;
                wayGiven = true;
                consumed[i] = true;
            }
        }

        QJsonObject &fields = mapped.record.fields;
        if (!agent.isEmpty() && !fields.contains(u"organisation"_s) &&
            agent != mapped.record.network && agent != fields.value(u"person"_s).toString())
            fields.insert(u"organisation"_s, agent);
        for (const QString &name : {u"methods"_s, u"tags"_s}) { // canonical order, as written
            if (!fields.contains(name))
                continue;
            QStringList items;
            for (const QJsonValue &item : fields.value(name).toArray())
                items.append(item.toString());
            const FieldInfo *field = kindInfo(mapped.record.kind).field(name);
            if (field && field->type == FieldType::ChoiceList) {
                QStringList ordered;
                for (const QString &choice : field->choices) {
                    if (items.contains(choice))
                        ordered.append(choice);
                }
                for (const QString &item : std::as_const(items)) {
                    if (!ordered.contains(item))
                        ordered.append(item);
                }
                items = ordered;
            } else {
                items.sort();
            }
            fields.insert(name, QJsonArray::fromStringList(items));
        }
        collectExtras();
    }

    void collectExtras()
    {
        QHash<QString, QString> labels;
        if (address.isBlank())
            labels.insert(address.value, u"a"_s);
        auto relabel = [&](const Term &term) {
            if (!term.isBlank())
                return term;
            auto it = labels.constFind(term.value);
            if (it == labels.cend())
                it = labels.insert(
                    term.value,
                    u"b"_s + QString::number(labels.size() + (address.isBlank() ? 0 : 1)));
            return Term::blank(*it);
        };
        // The order recordToStatements() writes them in: about the record, about
        // its address, the rest; so a record read back from an export is unchanged.
        for (int pass = 0; pass < 3; ++pass) {
            for (qsizetype i = 0; i < statements.size(); ++i) {
                if (consumed.at(i))
                    continue;
                const Statement &s = statements.at(i);
                const int group = s.subject == subject                        ? 0
                                  : !address.isNone() && s.subject == address ? 1
                                                                              : 2;
                if (group != pass)
                    continue;
                mapped.extras.append(
                    toNTriples(Statement{relabel(s.subject), s.predicate, relabel(s.object), {}}));
            }
        }
    }
};

} // namespace

Result<MappedRecord> recordFromStatements(const QString &iri, const QList<Statement> &statements)
{
    const Term subject = Term::iri(iri);
    std::optional<Kind> kind;
    for (const Statement &s : statements) {
        if (s.subject == subject && s.predicate.value == rdfType() && s.object.isIri()) {
            kind = kindOfClass(s.object.value);
            if (kind)
                break;
        }
    }
    if (!kind)
        return fail(Error::Code::NotFound,
                    u"<%1> has no class PES Desktop knows (such as org:Organization)"_s.arg(iri));

    Parser parser{iri,     statements, {}, QList<bool>(statements.size(), false),
                  subject, {},         {}, false};
    parser.mapped.record.iri = iri;
    parser.mapped.record.kind = *kind;
    parser.mapped.record.visibility = kindInfo(*kind).defaultVisibility;
    parser.run();
    return parser.mapped;
}

Result<Record> checkedRecord(const MappedRecord &mapped)
{
    if (!mapped.problems.isEmpty())
        return fail(Error::Code::InvalidArgument, mapped.problems.join(u"; "));
    Record record = mapped.record;
    if (record.isDeleted())
        return record;
    auto fields = normaliseFields(record.kind, record.fields);
    if (!fields)
        return std::unexpected(fields.error());
    for (auto it = fields->begin(); it != fields->end();) {
        if (it.value().isNull())
            it = fields->erase(it);
        else
            ++it;
    }
    PES_TRY(checkRequired(record.kind, *fields));
    record.fields = *fields;
    return record;
}

Result<QList<MappedRecord>> recordsFromText(const QByteArray &text, const QString &syntaxName,
                                            const QString &name)
{
    auto syntax = syntaxFromName(syntaxName);
    if (!syntax)
        return std::unexpected(syntax.error());
    return recordsFromText(text, *syntax, name);
}

Result<QList<MappedRecord>> recordsFromText(const QByteArray &text, Syntax syntax,
                                            const QString &name)
{
    QList<MappedRecord> records;
    RecordGrouper grouper([&](const QString &iri, const QList<Statement> &statements) -> Status {
        if (iri.isEmpty())
            return {};
        auto mapped = recordFromStatements(iri, statements);
        if (mapped)
            records.append(*mapped);
        return {};
    });
    PES_TRY(StatementReader::read(text, syntax, name,
                                  [&](const Statement &s) { return grouper.add(s); }));
    PES_TRY(grouper.finish());
    return records;
}

} // namespace pes::rdf
