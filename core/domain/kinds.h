// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pes {

// The kinds of record a replica holds, in the domain's own words.
enum class Kind {
    Network,
    Organisation,
    Person,
    ContactPoint,
    Engagement,
    Relation,
    Exchange,
    Event,
    JobOffer,
    Article,
    Tag,
};

// Who may see a record: everyone (open data), the networks the hub relays to,
// or only the owning network.
enum class Visibility { Public, Shared, Network };

enum class FieldType {
    Text,     // one line
    LongText, // several paragraphs
    Integer,
    Decimal, // exact, kept as its decimal text
    Boolean,
    Date,     // yyyy-MM-dd
    DateTime, // ISO 8601 with offset
    Email,
    Phone,          // French numbers normalised, others kept as typed
    Url,            // http or https
    Postcode,       // French postcode
    Siret,          // 14 digits, Luhn checked
    Latitude,       // WGS84 degrees
    Longitude,      // WGS84 degrees
    Reference,      // the IRI of another record
    ReferenceList,  // IRIs of other records (tags, ...)
    Choice,         // one of FieldInfo::choices
    ChoiceList,     // several of FieldInfo::choices
    AttachmentList, // files attached by content hash: [{hash "sha256:…", name, mediaType, size}]
};

struct FieldInfo
{
    QString name;
    FieldType type = FieldType::Text;
    const char *label =
        nullptr; // English UI label, translated with QCoreApplication::translate("Field", ...)
    QStringList choices; // for Choice and ChoiceList
    bool required = false;
    std::optional<Kind> referenceKind; // for Reference and ReferenceList, when restricted
};

struct KindInfo
{
    Kind kind;
    QString name;        // in code, the CLI and the database: "organisation", "jobOffer"
    QString pathSegment; // in IRIs: "organisation", "job-offer"
    const char *label = nullptr;
    const char *pluralLabel = nullptr;
    QList<FieldInfo> fields;
    QStringList titleFields; // joined with a space to make the record's title
    Visibility defaultVisibility = Visibility::Public;

    const FieldInfo *field(const QString &name) const;
};

const KindInfo &kindInfo(Kind kind);
const QList<Kind> &allKinds();
std::optional<Kind> kindFromName(const QString &name);
std::optional<Kind> kindFromPathSegment(const QString &segment);

QString visibilityName(Visibility visibility);
std::optional<Visibility> visibilityFromName(const QString &name);

QString fieldTypeName(FieldType type);

} // namespace pes
