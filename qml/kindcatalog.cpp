// SPDX-License-Identifier: GPL-3.0-or-later
#include "kindcatalog.h"

#include "domain/kinds.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace pes::desktop {

namespace {

struct ChoiceText
{
    const char *value;
    const char *label;
};

// Every value of every Choice field, with the words the interface shows for it.
const ChoiceText choiceTexts[] = {
    {"phone", QT_TRANSLATE_NOOP("Choice", "Phone")},
    {"mobile", QT_TRANSLATE_NOOP("Choice", "Mobile")},
    {"fax", QT_TRANSLATE_NOOP("Choice", "Fax")},
    {"email", QT_TRANSLATE_NOOP("Choice", "Email")},
    {"website", QT_TRANSLATE_NOOP("Choice", "Web site")},
    {"chat", QT_TRANSLATE_NOOP("Choice", "Chat")},
    {"social", QT_TRANSLATE_NOOP("Choice", "Social network account")},
    {"rss", QT_TRANSLATE_NOOP("Choice", "RSS feed")},
    {"calendar", QT_TRANSLATE_NOOP("Choice", "Calendar")},
    {"public", QT_TRANSLATE_NOOP("Choice", "Public")},
    {"members", QT_TRANSLATE_NOOP("Choice", "Members only")},
    {"administrators", QT_TRANSLATE_NOOP("Choice", "Administrators only")},
    {"manager", QT_TRANSLATE_NOOP("Choice", "Manager")},
    {"employee", QT_TRANSLATE_NOOP("Choice", "Employee")},
    {"partner", QT_TRANSLATE_NOOP("Choice", "Partner")},
    {"volunteer", QT_TRANSLATE_NOOP("Choice", "Volunteer")},
    {"user", QT_TRANSLATE_NOOP("Choice", "User")},
    {"memberOf", QT_TRANSLATE_NOOP("Choice", "Member of")},
    {"regularSupplier", QT_TRANSLATE_NOOP("Choice", "Regular supplier of")},
    {"occasionalSupplier", QT_TRANSLATE_NOOP("Choice", "Occasional supplier of")},
    {"technicalSupport", QT_TRANSLATE_NOOP("Choice", "Received technical support from")},
    {"financialSupport", QT_TRANSLATE_NOOP("Choice", "Received financial support from")},
    {"offer", QT_TRANSLATE_NOOP("Choice", "I offer")},
    {"need", QT_TRANSLATE_NOOP("Choice", "I am looking for")},
    {"product", QT_TRANSLATE_NOOP("Choice", "Product")},
    {"service", QT_TRANSLATE_NOOP("Choice", "Service")},
    {"skill", QT_TRANSLATE_NOOP("Choice", "Skill")},
    {"premises", QT_TRANSLATE_NOOP("Choice", "Premises")},
    {"equipment", QT_TRANSLATE_NOOP("Choice", "Equipment")},
    {"groupPurchase", QT_TRANSLATE_NOOP("Choice", "Group purchase")},
    {"partnership", QT_TRANSLATE_NOOP("Choice", "Partnership")},
    {"callForTenders", QT_TRANSLATE_NOOP("Choice", "Call for tenders")},
    {"investment", QT_TRANSLATE_NOOP("Choice", "Investment")},
    {"question", QT_TRANSLATE_NOOP("Choice", "Question")},
    {"euros", QT_TRANSLATE_NOOP("Choice", "Euros")},
    {"gift", QT_TRANSLATE_NOOP("Choice", "Gift")},
    {"swap", QT_TRANSLATE_NOOP("Choice", "Swap")},
    {"sharedCost", QT_TRANSLATE_NOOP("Choice", "Shared cost")},
    {"voluntaryWork", QT_TRANSLATE_NOOP("Choice", "Voluntary work")},
    {"alternativeCurrency", QT_TRANSLATE_NOOP("Choice", "Alternative currency")},
    {"employment", QT_TRANSLATE_NOOP("Choice", "Employment")},
    {"civicEngagement", QT_TRANSLATE_NOOP("Choice", "Civic engagement")},
    {"training", QT_TRANSLATE_NOOP("Choice", "Training")},
    {"lending", QT_TRANSLATE_NOOP("Choice", "Lending")},
    {"renting", QT_TRANSLATE_NOOP("Choice", "Renting")},
    {"draft", QT_TRANSLATE_NOOP("Choice", "Draft")},
    {"ready", QT_TRANSLATE_NOOP("Choice", "Ready to publish")},
    {"published", QT_TRANSLATE_NOOP("Choice", "Published")},
    {"closed", QT_TRANSLATE_NOOP("Choice", "Closed")},
    {"shared", QT_TRANSLATE_NOOP("Choice", "Shared with the networks")},
    {"network", QT_TRANSLATE_NOOP("Choice", "This network only")},
};

QString typeName(FieldType type)
{
    static const char *names[] = {"text",     "longText",   "integer",       "decimal",
                                  "boolean",  "date",       "dateTime",      "email",
                                  "phone",    "url",        "postcode",      "siret",
                                  "latitude", "longitude",  "reference",     "referenceList",
                                  "choice",   "choiceList", "attachmentList"};
    return QString::fromLatin1(names[int(type)]);
}

QString field(const char *label)
{
    return QCoreApplication::translate("Field", label);
}

} // namespace

const char *choiceLabelSource(const QString &value)
{
    for (const ChoiceText &text : choiceTexts) {
        if (value == QLatin1StringView(text.value))
            return text.label;
    }
    return nullptr;
}

QStringList allChoiceValues()
{
    QStringList values;
    for (const ChoiceText &text : choiceTexts)
        values.append(QString::fromLatin1(text.value));
    return values;
}

KindCatalog::KindCatalog(QObject *parent)
    : QObject(parent)
{
}

QVariantList KindCatalog::kinds() const
{
    QVariantList list;
    for (Kind kind : allKinds()) {
        const KindInfo &info = kindInfo(kind);
        list.append(QVariantMap{{u"name"_s, info.name},
                                {u"label"_s, field(info.label)},
                                {u"pluralLabel"_s, field(info.pluralLabel)}});
    }
    return list;
}

QString KindCatalog::label(const QString &kind) const
{
    const auto found = kindFromName(kind);
    return found ? field(kindInfo(*found).label) : kind;
}

QString KindCatalog::pluralLabel(const QString &kind) const
{
    const auto found = kindFromName(kind);
    return found ? field(kindInfo(*found).pluralLabel) : kind;
}

QVariantList KindCatalog::fields(const QString &kind) const
{
    const auto found = kindFromName(kind);
    if (!found)
        return {};
    QVariantList list;
    for (const FieldInfo &info : kindInfo(*found).fields) {
        if (info.type == FieldType::AttachmentList)
            continue; // not a form field: the record page lists attachments
        QVariantList choices;
        for (const QString &choice : info.choices)
            choices.append(QVariantMap{{u"value"_s, choice}, {u"label"_s, choiceLabel(choice)}});
        list.append(QVariantMap{
            {u"name"_s, info.name},
            {u"label"_s, field(info.label)},
            {u"type"_s, typeName(info.type)},
            {u"required"_s, info.required},
            {u"choices"_s, choices},
            {u"referenceKind"_s,
             info.referenceKind ? kindInfo(*info.referenceKind).name : QString()},
        });
    }
    return list;
}

QString KindCatalog::fieldLabel(const QString &kind, const QString &name) const
{
    const auto found = kindFromName(kind);
    const FieldInfo *info = found ? kindInfo(*found).field(name) : nullptr;
    return info ? field(info->label) : name;
}

QString KindCatalog::choiceLabel(const QString &value) const
{
    const char *source = choiceLabelSource(value);
    return source ? QCoreApplication::translate("Choice", source) : value;
}

QString KindCatalog::visibilityLabel(const QString &visibility) const
{
    return choiceLabel(visibility);
}

QString KindCatalog::defaultVisibility(const QString &kind) const
{
    const auto found = kindFromName(kind);
    return visibilityName(found ? kindInfo(*found).defaultVisibility : Visibility::Public);
}

} // namespace pes::desktop
