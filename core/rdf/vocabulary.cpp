// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabulary.h"

using namespace Qt::StringLiterals;

namespace pes::rdf::ns {

const QList<Prefix> &prefixes()
{
    static const QList<Prefix> list = {
        {u"dct"_s, QString::fromUtf16(dct)},
        {u"ess"_s, QString::fromUtf16(ess)},
        {u"essglobal"_s, QString::fromUtf16(essglobal)},
        {u"foaf"_s, QString::fromUtf16(foaf)},
        {u"geo"_s, QString::fromUtf16(geo)},
        {u"gr"_s, QString::fromUtf16(gr)},
        {u"gsp"_s, QString::fromUtf16(gsp)},
        {u"legal"_s, QString::fromUtf16(legal)},
        {u"locn"_s, QString::fromUtf16(locn)},
        {u"org"_s, QString::fromUtf16(org)},
        {u"ov"_s, QString::fromUtf16(ov)},
        {u"rdf"_s, QString::fromUtf16(rdf)},
        {u"rdfs"_s, QString::fromUtf16(rdfs)},
        {u"schema"_s, QString::fromUtf16(schema)},
        {u"skos"_s, QString::fromUtf16(skos)},
        {u"vcal"_s, QString::fromUtf16(vcal)},
        {u"vcard"_s, QString::fromUtf16(vcard)},
        {u"xsd"_s, QString::fromUtf16(xsd)},
    };
    return list;
}

QString iri(const char16_t *space, QStringView local)
{
    return QString::fromUtf16(space) + local;
}

} // namespace pes::rdf::ns
