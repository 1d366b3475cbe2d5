// SPDX-License-Identifier: GPL-3.0-or-later
#include "kinds.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace pes {

namespace {

using T = FieldType;

FieldInfo text(const QString &name, const char *label, bool required = false)
{
    return {name, T::Text, label, {}, required, {}};
}

FieldInfo typed(const QString &name, FieldType type, const char *label, bool required = false)
{
    return {name, type, label, {}, required, {}};
}

FieldInfo choice(const QString &name, const char *label, QStringList choices, bool required = false,
                 FieldType type = T::Choice)
{
    return {name, type, label, std::move(choices), required, {}};
}

FieldInfo reference(const QString &name, std::optional<Kind> kind, const char *label,
                    bool required = false, FieldType type = T::Reference)
{
    return {name, type, label, {}, required, kind};
}

QList<FieldInfo> address()
{
    return {
        text(u"street"_s, "Street"),
        typed(u"postcode"_s, T::Postcode, "Postcode"),
        text(u"city"_s, "Town"),
        text(u"country"_s, "Country"),
        typed(u"latitude"_s, T::Latitude, "Latitude"),
        typed(u"longitude"_s, T::Longitude, "Longitude"),
    };
}

FieldInfo tags()
{
    return reference(u"tags"_s, Kind::Tag, "Tags", false, T::ReferenceList);
}

FieldInfo attachments()
{
    return typed(u"attachments"_s, T::AttachmentList, "Attachments");
}

const QStringList publicationStatus = {u"draft"_s, u"ready"_s, u"published"_s, u"closed"_s};

QList<KindInfo> buildKinds()
{
    QList<KindInfo> kinds;

    kinds.append({Kind::Network,
                  u"network"_s,
                  u"network"_s,
                  "Network",
                  "Networks",
                  {text(u"name"_s, "Name", true), typed(u"baseIri"_s, T::Url, "Base IRI", true),
                   typed(u"description"_s, T::LongText, "Description"),
                   typed(u"website"_s, T::Url, "Web site")},
                  {u"name"_s},
                  Visibility::Public});

    KindInfo organisation{
        Kind::Organisation,
        u"organisation"_s,
        u"organisation"_s,
        "Organisation",
        "Organisations",
        {text(u"name"_s, "Name", true), text(u"acronym"_s, "Acronym"),
         text(u"subtitle"_s, "Subtitle"), typed(u"description"_s, T::LongText, "Description"),
         text(u"legalForm"_s, "Legal form"), typed(u"siret"_s, T::Siret, "SIRET"),
         typed(u"email"_s, T::Email, "Email"), typed(u"phone"_s, T::Phone, "Phone"),
         typed(u"website"_s, T::Url, "Web site"), typed(u"logo"_s, T::Url, "Logo"),
         typed(u"foundingDate"_s, T::Date, "Founding date"),
         typed(u"member"_s, T::Boolean, "Member of the network"),
         typed(u"membershipDate"_s, T::Date, "Membership date"),
         text(u"actionArea"_s, "Action area"), tags(), typed(u"notes"_s, T::LongText, "Notes"),
         attachments()},
        {u"name"_s},
        Visibility::Public};
    organisation.fields.append(address());
    kinds.append(organisation);

    KindInfo person{Kind::Person,
                    u"person"_s,
                    u"person"_s,
                    "Person",
                    "People",
                    {text(u"givenName"_s, "First name"), text(u"familyName"_s, "Last name", true),
                     typed(u"email"_s, T::Email, "Email"), typed(u"phone"_s, T::Phone, "Phone"),
                     text(u"category"_s, "Category"), tags(),
                     typed(u"notes"_s, T::LongText, "Notes")},
                    {u"givenName"_s, u"familyName"_s},
                    Visibility::Network};
    person.fields.append(address());
    kinds.append(person);

    kinds.append({Kind::ContactPoint,
                  u"contactPoint"_s,
                  u"contact-point"_s,
                  "Contact point",
                  "Contact points",
                  {reference(u"owner"_s, std::nullopt, "Belongs to", true),
                   choice(u"medium"_s, "Medium",
                          {u"phone"_s, u"mobile"_s, u"fax"_s, u"email"_s, u"website"_s, u"chat"_s,
                           u"social"_s, u"rss"_s, u"calendar"_s},
                          true),
                   text(u"value"_s, "Value", true), text(u"details"_s, "Details"),
                   choice(u"displayLevel"_s, "Display level",
                          {u"public"_s, u"members"_s, u"administrators"_s})},
                  {u"value"_s},
                  Visibility::Network});

    kinds.append(
        {Kind::Engagement,
         u"engagement"_s,
         u"engagement"_s,
         "Engagement",
         "Engagements",
         {reference(u"person"_s, Kind::Person, "Person", true),
          reference(u"organisation"_s, Kind::Organisation, "Organisation", true),
          choice(u"role"_s, "Role",
                 {u"manager"_s, u"employee"_s, u"partner"_s, u"volunteer"_s, u"user"_s}, true),
          text(u"roleDetail"_s, "Role detail"),
          typed(u"administrator"_s, T::Boolean, "Administers the organisation")},
         {u"role"_s},
         Visibility::Network});

    kinds.append({Kind::Relation,
                  u"relation"_s,
                  u"relation"_s,
                  "Relation",
                  "Relations",
                  {reference(u"source"_s, Kind::Organisation, "Organisation", true),
                   choice(u"type"_s, "Relation",
                          {u"memberOf"_s, u"regularSupplier"_s, u"occasionalSupplier"_s,
                           u"technicalSupport"_s, u"financialSupport"_s},
                          true),
                   reference(u"target"_s, Kind::Organisation, "Related organisation", true)},
                  {u"type"_s},
                  Visibility::Public});

    KindInfo exchange{
        Kind::Exchange,
        u"exchange"_s,
        u"exchange"_s,
        "Exchange",
        "Exchanges",
        {text(u"title"_s, "Title", true), typed(u"description"_s, T::LongText, "Description"),
         choice(u"way"_s, "Offer or need", {u"offer"_s, u"need"_s}, true),
         choice(u"type"_s, "Type",
                {u"product"_s, u"service"_s, u"skill"_s, u"premises"_s, u"equipment"_s,
                 u"groupPurchase"_s, u"partnership"_s, u"callForTenders"_s, u"investment"_s,
                 u"question"_s},
                true),
         choice(u"methods"_s, "Methods",
                {u"euros"_s, u"gift"_s, u"swap"_s, u"sharedCost"_s, u"voluntaryWork"_s,
                 u"alternativeCurrency"_s, u"employment"_s, u"civicEngagement"_s, u"training"_s,
                 u"lending"_s, u"renting"_s},
                false, T::ChoiceList),
         reference(u"organisation"_s, Kind::Organisation, "Organisation"),
         reference(u"person"_s, Kind::Person, "Contact person"), text(u"area"_s, "Area"),
         typed(u"expiry"_s, T::Date, "Expiry date"), typed(u"permanent"_s, T::Boolean, "Permanent"),
         choice(u"status"_s, "Status", publicationStatus), tags(), attachments()},
        {u"title"_s},
        Visibility::Public};
    exchange.fields.append(address());
    kinds.append(exchange);

    KindInfo event{Kind::Event,
                   u"event"_s,
                   u"event"_s,
                   "Event",
                   "Agenda",
                   {text(u"title"_s, "Title", true),
                    typed(u"description"_s, T::LongText, "Description"),
                    text(u"category"_s, "Category"), typed(u"start"_s, T::DateTime, "Start", true),
                    typed(u"end"_s, T::DateTime, "End"),
                    reference(u"organiser"_s, Kind::Organisation, "Organiser"),
                    reference(u"person"_s, Kind::Person, "Contact person"), tags(), attachments()},
                   {u"title"_s},
                   Visibility::Public};
    event.fields.append(address());
    kinds.append(event);

    KindInfo jobOffer{Kind::JobOffer,
                      u"jobOffer"_s,
                      u"job-offer"_s,
                      "Job offer",
                      "Job offers",
                      {text(u"title"_s, "Title", true),
                       typed(u"description"_s, T::LongText, "Description"),
                       reference(u"organisation"_s, Kind::Organisation, "Organisation"),
                       text(u"contract"_s, "Contract"), typed(u"start"_s, T::Date, "Start date"),
                       typed(u"expiry"_s, T::Date, "Expiry date"),
                       choice(u"status"_s, "Status", publicationStatus), tags(), attachments()},
                      {u"title"_s},
                      Visibility::Public};
    jobOffer.fields.append(address());
    kinds.append(jobOffer);

    kinds.append({Kind::Article,
                  u"article"_s,
                  u"article"_s,
                  "Article",
                  "News",
                  {text(u"title"_s, "Title", true), typed(u"body"_s, T::LongText, "Text"),
                   reference(u"organisation"_s, Kind::Organisation, "Organisation"),
                   reference(u"person"_s, Kind::Person, "Author"),
                   typed(u"published"_s, T::DateTime, "Published"), tags(), attachments()},
                  {u"title"_s},
                  Visibility::Public});

    kinds.append(
        {Kind::Tag,
         u"tag"_s,
         u"tag"_s,
         "Tag",
         "Tags",
         {text(u"label"_s, "Label", true), text(u"labelEn"_s, "English label"),
          typed(u"concept"_s, T::Url, "SKOS concept"), typed(u"scheme"_s, T::Url, "Concept scheme"),
          reference(u"broader"_s, Kind::Tag, "Broader tag")},
         {u"label"_s},
         Visibility::Public});

    return kinds;
}

const QList<KindInfo> &kinds()
{
    static const QList<KindInfo> all = buildKinds();
    return all;
}

} // namespace

const FieldInfo *KindInfo::field(const QString &fieldName) const
{
    for (const FieldInfo &f : fields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

const KindInfo &kindInfo(Kind kind)
{
    return kinds().at(int(kind));
}

const QList<Kind> &allKinds()
{
    static const QList<Kind> list = [] {
        QList<Kind> l;
        for (const KindInfo &info : kinds())
            l.append(info.kind);
        return l;
    }();
    return list;
}

std::optional<Kind> kindFromName(const QString &name)
{
    for (const KindInfo &info : kinds()) {
        if (info.name == name || info.pathSegment == name)
            return info.kind;
    }
    return std::nullopt;
}

std::optional<Kind> kindFromPathSegment(const QString &segment)
{
    for (const KindInfo &info : kinds()) {
        if (info.pathSegment == segment)
            return info.kind;
    }
    return std::nullopt;
}

QString visibilityName(Visibility visibility)
{
    switch (visibility) {
    case Visibility::Public:
        return u"public"_s;
    case Visibility::Shared:
        return u"shared"_s;
    case Visibility::Network:
        return u"network"_s;
    }
    return {};
}

std::optional<Visibility> visibilityFromName(const QString &name)
{
    for (auto v : {Visibility::Public, Visibility::Shared, Visibility::Network}) {
        if (visibilityName(v) == name)
            return v;
    }
    return std::nullopt;
}

QString fieldTypeName(FieldType type)
{
    static const char *names[] = {"text",       "long text", "integer",  "decimal",    "boolean",
                                  "date",       "date-time", "email",    "phone",      "url",
                                  "postcode",   "SIRET",     "latitude", "longitude",  "reference",
                                  "references", "choice",    "choices",  "attachments"};
    return QString::fromLatin1(names[int(type)]);
}

} // namespace pes
