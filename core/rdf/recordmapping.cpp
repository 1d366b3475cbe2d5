// SPDX-License-Identifier: GPL-3.0-or-later
// The mapping tables, and records turned into statements.
#include "recordmapping.h"

#include "mappingrules_p.h"
#include "rdflogging.h"
#include "replica/recordrow.h"
#include "serdreader.h"
#include "serdwriter.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace pes::rdf {

namespace detail {

namespace {

struct RuleSpec
{
    const char16_t *field;
    const char16_t *space;
    const char16_t *local;
    const char16_t *language = u"";
};

QList<RuleSpec> specs(Kind kind)
{
    using namespace ns;
    const RuleSpec tags{u"tags", dct, u"subject"};
    const RuleSpec notes{u"notes", ess, u"notes"};
    const RuleSpec attachments{u"attachments", schema, u"associatedMedia"};
    switch (kind) {
    case Kind::Network:
        return {{u"name", foaf, u"name"},
                {u"baseIri", ess, u"baseIri"},
                {u"description", dct, u"description"},
                {u"website", foaf, u"homepage"}};
    case Kind::Organisation:
        return {{u"name", legal, u"legalName"},
                {u"acronym", ov, u"prefAcronym"},
                {u"subtitle", ess, u"subtitle"},
                {u"description", dct, u"description"},
                {u"legalForm", ess, u"legalForm"},
                {u"siret", ess, u"siret"},
                {u"email", vcard, u"mail"},
                {u"phone", vcard, u"tel"},
                {u"website", foaf, u"homepage"},
                {u"logo", foaf, u"logo"},
                {u"foundingDate", schema, u"foundingDate"},
                {u"member", ess, u"member"},
                {u"membershipDate", ess, u"membershipDate"},
                {u"actionArea", ess, u"actionArea"},
                tags,
                notes,
                attachments};
    case Kind::Person:
        return {{u"givenName", foaf, u"givenName"},
                {u"familyName", foaf, u"familyName"},
                {u"email", vcard, u"mail"},
                {u"phone", vcard, u"tel"},
                {u"category", ess, u"category"},
                tags,
                notes};
    case Kind::ContactPoint:
        return {{u"owner", ess, u"contactPointOf"},
                {u"medium", ess, u"medium"},
                {u"value", rdf, u"value"},
                {u"details", ess, u"details"},
                {u"displayLevel", ess, u"displayLevel"}};
    case Kind::Engagement:
        return {{u"person", org, u"member"},
                {u"organisation", org, u"organization"},
                {u"role", org, u"role"},
                {u"roleDetail", ess, u"roleDetail"},
                {u"administrator", ess, u"administrator"}};
    case Kind::Relation:
        return {{u"source", ess, u"source"},
                {u"type", ess, u"relationType"},
                {u"target", ess, u"target"}};
    case Kind::Exchange:
        return {{u"title", dct, u"title"},
                {u"description", dct, u"description"},
                {u"type", ov, u"category"},
                {u"methods", ess, u"hasMethod"},
                {u"organisation", dct, u"publisher"},
                {u"person", dct, u"creator"},
                {u"area", gr, u"eligibleRegions"},
                {u"expiry", gr, u"availabilityEnds"},
                {u"permanent", ess, u"permanent"},
                {u"status", ess, u"status"},
                tags,
                attachments};
    case Kind::Event:
        return {{u"title", vcal, u"summary"},
                {u"description", vcal, u"description"},
                {u"category", ess, u"category"},
                {u"start", vcal, u"dtstart"},
                {u"end", vcal, u"dtend"},
                {u"organiser", vcal, u"organizer"},
                {u"person", dct, u"creator"},
                tags,
                attachments};
    case Kind::JobOffer:
        return {{u"title", dct, u"title"},
                {u"description", dct, u"description"},
                {u"organisation", schema, u"hiringOrganization"},
                {u"contract", schema, u"employmentType"},
                {u"start", schema, u"jobStartDate"},
                {u"expiry", schema, u"validThrough"},
                {u"status", ess, u"status"},
                tags,
                attachments};
    case Kind::Article:
        return {{u"title", dct, u"title"},
                {u"body", schema, u"articleBody"},
                {u"organisation", dct, u"publisher"},
                {u"person", dct, u"creator"},
                {u"published", dct, u"issued"},
                tags,
                attachments};
    case Kind::Tag:
        return {{u"label", skos, u"prefLabel", u"fr"},
                {u"labelEn", skos, u"prefLabel", u"en"},
                {u"concept", skos, u"exactMatch"},
                {u"scheme", skos, u"inScheme"},
                {u"broader", skos, u"broader"}};
    }
    return {};
}

const QHash<QString, QString> &relationPredicates()
{
    static const QHash<QString, QString> map = {
        {u"memberOf"_s, u"isMemberOf"_s},
        {u"regularSupplier"_s, u"hasRegularSupplier"_s},
        {u"occasionalSupplier"_s, u"hasCasualSupplier"_s},
        {u"technicalSupport"_s, u"receivedTechnicalSupportFrom"_s},
        {u"financialSupport"_s, u"receivedFinancialSupportOf"_s},
    };
    return map;
}

} // namespace

const QList<FieldRule> &fieldRules(Kind kind)
{
    static const QHash<Kind, QList<FieldRule>> all = [] {
        QHash<Kind, QList<FieldRule>> rules;
        for (Kind k : allKinds()) {
            const KindInfo &info = kindInfo(k);
            QList<FieldRule> list;
            for (const RuleSpec &spec : specs(k)) {
                const QString field = QString::fromUtf16(spec.field);
                const FieldInfo *fieldInfo = info.field(field);
                Q_ASSERT_X(fieldInfo, "fieldRules", "a rule names a field the kind lacks");
                list.append({field, ns::iri(spec.space, QStringView(spec.local)),
                             QString::fromUtf16(spec.language), fieldInfo});
            }
            rules.insert(k, list);
        }
        return rules;
    }();
    return *all.constFind(kind);
}

bool isAddressField(const QString &field)
{
    static const QStringList names = {u"street"_s,  u"postcode"_s, u"city"_s,
                                      u"country"_s, u"latitude"_s, u"longitude"_s};
    return names.contains(field);
}

QString choiceIri(Kind kind, const QString &field, const QString &value)
{
    if (kind == Kind::Relation && field == u"type")
        return ns::iri(ns::ess, relationPredicates().value(value, value));
    return ns::iri(ns::ess, value);
}

std::optional<QString> choiceFromIri(Kind kind, const FieldInfo &field, const QString &iri)
{
    const QString space = QString::fromUtf16(ns::ess);
    if (!iri.startsWith(space))
        return std::nullopt;
    QString local = iri.mid(space.size());
    if (kind == Kind::Relation && field.name == u"type")
        local = relationPredicates().key(local, local);
    if (!field.choices.contains(local))
        return std::nullopt;
    return local;
}

QStringList extraClasses(Kind kind)
{
    if (kind == Kind::Exchange)
        return {ns::iri(ns::gr, u"Offering")};
    return {};
}

QString blankPrefix(const QString &iri)
{
    const QByteArray hash = QCryptographicHash::hash(iri.toUtf8(), QCryptographicHash::Sha1);
    return u'r' + QString::fromLatin1(hash.left(8).toHex());
}

QString rdfType()
{
    static const QString type = ns::iri(ns::rdf, u"type");
    return type;
}

QString xsdType(const char16_t *local)
{
    return ns::iri(ns::xsd, QStringView(local));
}

QString mediaLabel(const QString &prefix, qsizetype index)
{
    return QString(prefix + u'm' + QString::number(index + 1));
}

} // namespace detail

using namespace detail;

QString kindClass(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return ns::iri(ns::ess, u"Network");
    case Kind::Organisation:
        return ns::iri(ns::org, u"Organization");
    case Kind::Person:
        return ns::iri(ns::foaf, u"Person");
    case Kind::ContactPoint:
        return ns::iri(ns::ess, u"ContactPoint");
    case Kind::Engagement:
        return ns::iri(ns::org, u"Membership");
    case Kind::Relation:
        return ns::iri(ns::ess, u"Relation");
    case Kind::Exchange:
        return ns::iri(ns::ess, u"Exchange");
    case Kind::Event:
        return ns::iri(ns::vcal, u"Vevent");
    case Kind::JobOffer:
        return ns::iri(ns::schema, u"JobPosting");
    case Kind::Article:
        return ns::iri(ns::schema, u"NewsArticle");
    case Kind::Tag:
        return ns::iri(ns::ess, u"Tag");
    }
    return {};
}

namespace {

QString shortestNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString dateTimeLexical(const QString &stored)
{
    // Fields keep "yyyy-MM-ddTHH:mm" when typed without seconds; xsd:dateTime needs them.
    return stored.size() == 16 ? QString(stored + u":00") : stored;
}

// The literal or IRIs one field value is written as.
QList<Term> valueTerms(Kind kind, const FieldRule &rule, const QJsonValue &value)
{
    const FieldInfo &field = *rule.info;
    switch (field.type) {
    case FieldType::Integer:
        return {Term::literal(QString::number(qint64(value.toDouble())), xsdType(u"integer"))};
    case FieldType::Decimal:
        return {
            Term::literal(value.isDouble() ? shortestNumber(value.toDouble()) : value.toString(),
                          xsdType(u"decimal"))};
    case FieldType::Boolean:
        return {Term::literal(value.toBool() ? u"true"_s : u"false"_s, xsdType(u"boolean"))};
    case FieldType::Date:
        return {Term::literal(value.toString(), xsdType(u"date"))};
    case FieldType::DateTime:
        return {Term::literal(dateTimeLexical(value.toString()), xsdType(u"dateTime"))};
    case FieldType::Url:
    case FieldType::Reference:
        return {Term::iri(value.toString())};
    case FieldType::Choice:
        return {Term::iri(choiceIri(kind, field.name, value.toString()))};
    case FieldType::ReferenceList: {
        QStringList iris;
        for (const QJsonValue &item : value.toArray())
            iris.append(item.toString());
        iris.sort();
        iris.removeDuplicates();
        QList<Term> terms;
        for (const QString &iri : std::as_const(iris))
            terms.append(Term::iri(iri));
        return terms;
    }
    case FieldType::ChoiceList: {
        QList<Term> terms;
        const QJsonArray items = value.toArray();
        for (const QString &choice : field.choices) { // in the field's order, so output is stable
            if (items.contains(choice))
                terms.append(Term::iri(choiceIri(kind, field.name, choice)));
        }
        return terms;
    }
    case FieldType::Latitude:
    case FieldType::Longitude:
        return {Term::literal(shortestNumber(value.toDouble()), xsdType(u"decimal"))};
    default:
        if (value.isDouble())
            return {Term::literal(shortestNumber(value.toDouble()), {}, rule.language)};
        return {Term::literal(value.toString(), {}, rule.language)};
    }
}

// The stored form of a time (UTC, milliseconds, "Z"), written without
// QDateTime::toString(), which dominated export profiles.
QString timeLexical(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (date.year() < 0 || date.year() > 9999)
        return storedTime(time);
    char16_t text[24];
    auto put = [&](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, date.year(), 4);
    text[4] = u'-';
    put(5, date.month(), 2);
    text[7] = u'-';
    put(8, date.day(), 2);
    text[10] = u'T';
    put(11, clock.hour(), 2);
    text[13] = u':';
    put(14, clock.minute(), 2);
    text[16] = u':';
    put(17, clock.second(), 2);
    text[19] = u'.';
    put(20, clock.msec(), 3);
    text[23] = u'Z';
    return QString::fromUtf16(text, 24);
}

// Extra statements as stored, their blank nodes renamed for this record.
QList<Statement> parseExtras(const QStringList &extras, const QString &prefix)
{
    QList<Statement> statements;
    if (extras.isEmpty())
        return statements;
    const QByteArray text = extras.join(u'\n').toUtf8();
    auto relabel = [&](Term &term) {
        if (term.isBlank())
            term.value = prefix + term.value;
    };
    auto read = StatementReader::read(text, Syntax::NTriples, u"extra statements"_s,
                                      [&](const Statement &s) -> Status {
                                          Statement copy = s;
                                          relabel(copy.subject);
                                          relabel(copy.object);
                                          copy.graph = Term();
                                          statements.append(copy);
                                          return {};
                                      });
    if (!read)
        qCWarning(lcRdf) << "cannot read the extra statements kept with a record:"
                         << read.error().message;
    return statements;
}

} // namespace

#define PES_PREDICATE(function, space, local)                                                      \
    const QString &function()                                                                      \
    {                                                                                              \
        static const QString iri = ns::iri(ns::space, u"" local);                                  \
        return iri;                                                                                \
    }
namespace {
PES_PREDICATE(predicateNetwork, ess, "network")
PES_PREDICATE(predicateVisibility, ess, "visibility")
PES_PREDICATE(predicateVersion, ess, "version")
PES_PREDICATE(predicateCreated, dct, "created")
PES_PREDICATE(predicateModified, dct, "modified")
} // namespace
#undef PES_PREDICATE

QList<Statement> recordToStatements(const Record &record, const QStringList &extras)
{
    QList<Statement> out;
    const Term subject = Term::iri(record.iri);
    const Term type = Term::iri(rdfType());
    auto add = [&](const QString &predicate, const Term &object) {
        out.append({subject, Term::iri(predicate), object, {}});
    };

    add(rdfType(), Term::iri(kindClass(record.kind)));
    if (record.isDeleted()) {
        add(ns::iri(ns::ov, u"deletedOn"),
            Term::literal(timeLexical(record.deletedAt), xsdType(u"dateTime")));
    } else {
        for (const QString &extraClass : extraClasses(record.kind))
            add(rdfType(), Term::iri(extraClass));
        for (const FieldRule &rule : fieldRules(record.kind)) {
            const QJsonValue value = record.fields.value(rule.field);
            if (value.isUndefined() || value.isNull())
                continue;
            if (rule.info->type == FieldType::AttachmentList) {
                const qsizetype count = value.toArray().size();
                for (qsizetype i = 0; i < count; ++i)
                    add(rule.predicate, Term::blank(mediaLabel(blankPrefix(record.iri), i)));
                continue;
            }
            for (const Term &term : valueTerms(record.kind, rule, value))
                add(rule.predicate, term);
        }
    }

    add(predicateNetwork(), Term::iri(record.network));
    add(predicateVisibility(), Term::iri(ns::iri(ns::ess, visibilityName(record.visibility))));
    if (record.created.isValid())
        add(predicateCreated(), Term::literal(timeLexical(record.created), xsdType(u"dateTime")));
    if (record.modified.isValid())
        add(predicateModified(), Term::literal(timeLexical(record.modified), xsdType(u"dateTime")));
    add(predicateVersion(), Term::literal(QString::number(record.version), xsdType(u"integer")));
    if (record.isDeleted())
        return out;

    const QString prefix = blankPrefix(record.iri);
    const QList<Statement> extraStatements = parseExtras(extras, prefix);
    QList<Statement> rest;
    for (const Statement &s : extraStatements) {
        if (s.subject == subject)
            out.append(s);
    }

    // The address node, then what the extras say about it.
    const Term address = Term::blank(prefix + u'a');
    const QJsonObject &f = record.fields;
    const bool hasAddress = [&] {
        for (const QString &name :
             {u"street"_s, u"postcode"_s, u"city"_s, u"country"_s, u"latitude"_s, u"longitude"_s}) {
            if (f.contains(name) && !f.value(name).isNull())
                return true;
        }
        return false;
    }();
    bool addressUsedByExtras = false;
    for (const Statement &s : extraStatements) {
        if (s.subject == address)
            addressUsedByExtras = true;
    }
    if (hasAddress || addressUsedByExtras) {
        add(ns::iri(ns::locn, u"address"), address);
        auto addAddress = [&](const QString &predicate, const Term &object) {
            out.append({address, Term::iri(predicate), object, {}});
        };
        addAddress(rdfType(), Term::iri(ns::iri(ns::locn, u"Address")));
        const struct
        {
            const char16_t *field;
            const char16_t *local;
        } parts[] = {{u"street", u"thoroughfare"},
                     {u"postcode", u"postCode"},
                     {u"city", u"postName"},
                     {u"country", u"adminUnitL1"}};
        for (const auto &part : parts) {
            const QJsonValue value = f.value(QString::fromUtf16(part.field));
            if (value.isString() && !value.toString().isEmpty())
                addAddress(ns::iri(ns::locn, QStringView(part.local)),
                           Term::literal(value.toString()));
        }
        const QJsonValue latitude = f.value(u"latitude"_s);
        const QJsonValue longitude = f.value(u"longitude"_s);
        if (latitude.isDouble() && longitude.isDouble()) {
            addAddress(ns::iri(ns::locn, u"geometry"),
                       Term::literal(u"POINT(%1 %2)"_s.arg(shortestNumber(longitude.toDouble()),
                                                           shortestNumber(latitude.toDouble())),
                                     ns::iri(ns::gsp, u"wktLiteral")));
        } else if (latitude.isDouble()) {
            addAddress(ns::iri(ns::geo, u"lat"),
                       Term::literal(shortestNumber(latitude.toDouble()), xsdType(u"decimal")));
        } else if (longitude.isDouble()) {
            addAddress(ns::iri(ns::geo, u"long"),
                       Term::literal(shortestNumber(longitude.toDouble()), xsdType(u"decimal")));
        }
        for (const Statement &s : extraStatements) {
            if (s.subject == address)
                out.append(s);
        }
    }

    // The attachments, one schema:MediaObject node each, in the field's order.
    const QJsonArray media = f.value(u"attachments"_s).toArray();
    for (qsizetype i = 0; i < media.size(); ++i) {
        const QJsonObject item = media.at(i).toObject();
        const Term node = Term::blank(mediaLabel(prefix, i));
        auto addMedia = [&](const char16_t *local, const Term &object) {
            out.append({node, Term::iri(ns::iri(ns::schema, QStringView(local))), object, {}});
        };
        out.append(
            {node, Term::iri(rdfType()), Term::iri(ns::iri(ns::schema, u"MediaObject")), {}});
        // Stored as "sha256:<hex>"; the content URL is "urn:sha256:<hex>".
        addMedia(u"contentUrl", Term::iri(u"urn:"_s + item.value(u"hash"_s).toString()));
        addMedia(u"name", Term::literal(item.value(u"name"_s).toString()));
        if (!item.value(u"mediaType"_s).toString().isEmpty())
            addMedia(u"encodingFormat", Term::literal(item.value(u"mediaType"_s).toString()));
        addMedia(u"contentSize",
                 Term::literal(QString::number(qint64(item.value(u"size"_s).toDouble())),
                               xsdType(u"integer")));
    }

    // An offer or a need: its organisation (else its person, else its network) offers or seeks it.
    if (record.kind == Kind::Exchange && f.contains(u"way"_s)) {
        const QString agent =
            !f.value(u"organisation"_s).toString().isEmpty() ? f.value(u"organisation"_s).toString()
            : !f.value(u"person"_s).toString().isEmpty()     ? f.value(u"person"_s).toString()
                                                             : record.network;
        const QString predicate = f.value(u"way"_s).toString() == u"need"
                                      ? ns::iri(ns::gr, u"seeks")
                                      : ns::iri(ns::gr, u"offers");
        out.append({Term::iri(agent), Term::iri(predicate), subject, {}});
    }

    for (const Statement &s : extraStatements) {
        if (s.subject != subject && s.subject != address)
            out.append(s);
    }
    Q_UNUSED(type);
    return out;
}

QByteArray recordToNQuads(const Record &record, const QStringList &extras)
{
    QByteArray text;
    QBuffer buffer(&text);
    buffer.open(QIODevice::WriteOnly);
    {
        StatementWriter writer(buffer, Syntax::NQuads);
        (void)writer.writeGroup(recordToStatements(record, extras), Term::iri(record.iri));
        (void)writer.finish();
    }
    return text;
}

} // namespace pes::rdf
