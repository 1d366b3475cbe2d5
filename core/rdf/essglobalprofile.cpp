// SPDX-License-Identifier: GPL-3.0-or-later
#include "essglobalprofile.h"

#include "mappingrules_p.h"
#include "vocabulary.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace pes::rdf {

QList<Statement> recordToEssglobal(const Record &record)
{
    QList<Statement> out;
    if (record.kind != Kind::Organisation || record.isDeleted())
        return out;
    const Term subject = Term::iri(record.iri);
    const QJsonObject &f = record.fields;
    auto text = [&](const QString &field) { return f.value(field).toString(); };
    auto add = [&](const Term &s, const QString &predicate, const Term &object) {
        out.append({s, Term::iri(predicate), object, {}});
    };

    add(subject, detail::rdfType(), Term::iri(ns::iri(ns::essglobal, u"SSEInitiative")));
    add(subject, ns::iri(ns::gr, u"name"), Term::literal(text(u"name"_s)));
    if (!text(u"description"_s).isEmpty())
        add(subject, ns::iri(ns::dct, u"description"), Term::literal(text(u"description"_s)));
    if (!text(u"website"_s).isEmpty())
        add(subject, ns::iri(ns::foaf, u"homepage"), Term::iri(text(u"website"_s)));
    if (!text(u"email"_s).isEmpty())
        add(subject, ns::iri(ns::vcard, u"hasEmail"), Term::iri(u"mailto:"_s + text(u"email"_s)));
    if (!text(u"phone"_s).isEmpty()) {
        QString digits = text(u"phone"_s);
        digits.remove(u' ');
        add(subject, ns::iri(ns::vcard, u"hasTelephone"), Term::iri(u"tel:"_s + digits));
    }
    if (f.contains(u"modified"_s) || record.modified.isValid())
        add(subject, ns::iri(ns::dct, u"modified"),
            Term::literal(record.modified.toUTC().toString(Qt::ISODateWithMs),
                          detail::xsdType(u"dateTime")));

    const Term address = Term::blank(detail::blankPrefix(record.iri) + u'a');
    const struct
    {
        const char16_t *field;
        const char16_t *local;
    } parts[] = {{u"street", u"street-address"},
                 {u"postcode", u"postal-code"},
                 {u"city", u"locality"},
                 {u"country", u"country-name"}};
    QList<Statement> addressStatements;
    for (const auto &part : parts) {
        const QString value = text(QString::fromUtf16(part.field));
        if (!value.isEmpty())
            addressStatements.append({address,
                                      Term::iri(ns::iri(ns::vcard, QStringView(part.local))),
                                      Term::literal(value),
                                      {}});
    }
    for (const auto &[field, local] :
         {std::pair{u"latitude"_s, u"lat"}, std::pair{u"longitude"_s, u"long"}}) {
        if (f.value(field).isDouble())
            addressStatements.append({address,
                                      Term::iri(ns::iri(ns::geo, QStringView(local))),
                                      Term::literal(QString::number(f.value(field).toDouble(), 'g',
                                                                    QLocale::FloatingPointShortest),
                                                    detail::xsdType(u"decimal")),
                                      {}});
    }
    if (!addressStatements.isEmpty()) {
        add(subject, ns::iri(ns::essglobal, u"hasAddress"), address);
        add(address, detail::rdfType(), Term::iri(ns::iri(ns::essglobal, u"Address")));
        out.append(addressStatements);
    }
    return out;
}

} // namespace pes::rdf
