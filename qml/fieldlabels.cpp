// SPDX-License-Identifier: GPL-3.0-or-later
// The labels of core/domain/kinds.cpp, marked here so that lupdate collects
// them into the "Field" context the interface translates them with; and the
// messages of core/domain/validation.cpp, in its "Validation" context.
#include "fieldlabels.h"

#include <QtGlobal>

namespace pes::desktop {

QList<const char *> fieldLabelSources()
{
    return {
        QT_TRANSLATE_NOOP("Field", "Network"),
        QT_TRANSLATE_NOOP("Field", "Networks"),
        QT_TRANSLATE_NOOP("Field", "Name"),
        QT_TRANSLATE_NOOP("Field", "Base IRI"),
        QT_TRANSLATE_NOOP("Field", "Description"),
        QT_TRANSLATE_NOOP("Field", "Web site"),
        QT_TRANSLATE_NOOP("Field", "Organisation"),
        QT_TRANSLATE_NOOP("Field", "Organisations"),
        QT_TRANSLATE_NOOP("Field", "Acronym"),
        QT_TRANSLATE_NOOP("Field", "Subtitle"),
        QT_TRANSLATE_NOOP("Field", "Legal form"),
        QT_TRANSLATE_NOOP("Field", "SIRET"),
        QT_TRANSLATE_NOOP("Field", "Email"),
        QT_TRANSLATE_NOOP("Field", "Phone"),
        QT_TRANSLATE_NOOP("Field", "Logo"),
        QT_TRANSLATE_NOOP("Field", "Attachments"),
        QT_TRANSLATE_NOOP("Field", "Founding date"),
        QT_TRANSLATE_NOOP("Field", "Member of the network"),
        QT_TRANSLATE_NOOP("Field", "Membership date"),
        QT_TRANSLATE_NOOP("Field", "Action area"),
        QT_TRANSLATE_NOOP("Field", "Notes"),
        QT_TRANSLATE_NOOP("Field", "Person"),
        QT_TRANSLATE_NOOP("Field", "People"),
        QT_TRANSLATE_NOOP("Field", "First name"),
        QT_TRANSLATE_NOOP("Field", "Last name"),
        QT_TRANSLATE_NOOP("Field", "Category"),
        QT_TRANSLATE_NOOP("Field", "Contact point"),
        QT_TRANSLATE_NOOP("Field", "Contact points"),
        QT_TRANSLATE_NOOP("Field", "Belongs to"),
        QT_TRANSLATE_NOOP("Field", "Medium"),
        QT_TRANSLATE_NOOP("Field", "Value"),
        QT_TRANSLATE_NOOP("Field", "Details"),
        QT_TRANSLATE_NOOP("Field", "Display level"),
        QT_TRANSLATE_NOOP("Field", "Engagement"),
        QT_TRANSLATE_NOOP("Field", "Engagements"),
        QT_TRANSLATE_NOOP("Field", "Role"),
        QT_TRANSLATE_NOOP("Field", "Role detail"),
        QT_TRANSLATE_NOOP("Field", "Administers the organisation"),
        QT_TRANSLATE_NOOP("Field", "Relation"),
        QT_TRANSLATE_NOOP("Field", "Relations"),
        QT_TRANSLATE_NOOP("Field", "Related organisation"),
        QT_TRANSLATE_NOOP("Field", "Exchange"),
        QT_TRANSLATE_NOOP("Field", "Exchanges"),
        QT_TRANSLATE_NOOP("Field", "Title"),
        QT_TRANSLATE_NOOP("Field", "Offer or need"),
        QT_TRANSLATE_NOOP("Field", "Type"),
        QT_TRANSLATE_NOOP("Field", "Methods"),
        QT_TRANSLATE_NOOP("Field", "Contact person"),
        QT_TRANSLATE_NOOP("Field", "Area"),
        QT_TRANSLATE_NOOP("Field", "Expiry date"),
        QT_TRANSLATE_NOOP("Field", "Permanent"),
        QT_TRANSLATE_NOOP("Field", "Status"),
        QT_TRANSLATE_NOOP("Field", "Event"),
        QT_TRANSLATE_NOOP("Field", "Agenda"),
        QT_TRANSLATE_NOOP("Field", "Start"),
        QT_TRANSLATE_NOOP("Field", "End"),
        QT_TRANSLATE_NOOP("Field", "Organiser"),
        QT_TRANSLATE_NOOP("Field", "Job offer"),
        QT_TRANSLATE_NOOP("Field", "Job offers"),
        QT_TRANSLATE_NOOP("Field", "Contract"),
        QT_TRANSLATE_NOOP("Field", "Start date"),
        QT_TRANSLATE_NOOP("Field", "Article"),
        QT_TRANSLATE_NOOP("Field", "News"),
        QT_TRANSLATE_NOOP("Field", "Text"),
        QT_TRANSLATE_NOOP("Field", "Author"),
        QT_TRANSLATE_NOOP("Field", "Published"),
        QT_TRANSLATE_NOOP("Field", "Tag"),
        QT_TRANSLATE_NOOP("Field", "Tags"),
        QT_TRANSLATE_NOOP("Field", "Label"),
        QT_TRANSLATE_NOOP("Field", "English label"),
        QT_TRANSLATE_NOOP("Field", "SKOS concept"),
        QT_TRANSLATE_NOOP("Field", "Concept scheme"),
        QT_TRANSLATE_NOOP("Field", "Broader tag"),
        QT_TRANSLATE_NOOP("Field", "Street"),
        QT_TRANSLATE_NOOP("Field", "Postcode"),
        QT_TRANSLATE_NOOP("Field", "Town"),
        QT_TRANSLATE_NOOP("Field", "Country"),
        QT_TRANSLATE_NOOP("Field", "Latitude"),
        QT_TRANSLATE_NOOP("Field", "Longitude"),
    };
}

QList<const char *> validationMessageSources()
{
    return {
        QT_TRANSLATE_NOOP("Validation", "%1 is not a valid %2 for “%3”: %4"),
        QT_TRANSLATE_NOOP("Validation", "expected a number of degrees, such as 43.2965"),
        QT_TRANSLATE_NOOP("Validation", "must lie between -%1 and %1 degrees"),
        QT_TRANSLATE_NOOP("Validation", "expected one of: %1"),
        QT_TRANSLATE_NOOP("Validation", "expected the IRI of a record"),
        QT_TRANSLATE_NOOP("Validation", "expected a whole number"),
        QT_TRANSLATE_NOOP("Validation", "expected a decimal number such as 12.50"),
        QT_TRANSLATE_NOOP("Validation", "expected yes or no"),
        QT_TRANSLATE_NOOP("Validation", "expected a date written YYYY-MM-DD"),
        QT_TRANSLATE_NOOP("Validation", "expected a date and time written YYYY-MM-DDTHH:MM"),
        QT_TRANSLATE_NOOP("Validation", "expected an address such as contact@example.org"),
        QT_TRANSLATE_NOOP("Validation", "expected a French number of 10 digits such as 04 91 12 34 "
                                        "56, or an international number starting with +"),
        QT_TRANSLATE_NOOP("Validation", "expected a web address starting with https://"),
        QT_TRANSLATE_NOOP("Validation", "expected 5 digits such as 13001"),
        QT_TRANSLATE_NOOP("Validation", "a SIRET has 14 digits"),
        QT_TRANSLATE_NOOP("Validation",
                          "the check digit does not match (Luhn); check for a typing error"),
        QT_TRANSLATE_NOOP("Validation", "%1 has no field “%2”; its fields are: %3"),
        QT_TRANSLATE_NOOP("Validation", "a %1 needs a value for “%2”"),
        QT_TRANSLATE_NOOP("Validation", "expected a JSON array of attachments"),
        QT_TRANSLATE_NOOP("Validation", "“%1”: %2"),
    };
}

} // namespace pes::desktop
