// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// The namespaces PES Desktop speaks in RDF, and the few terms the mapping
// code names directly. The full mapping of kinds and fields is in
// recordmapping.cpp and docs/rdf-mapping.md.
namespace pes::rdf::ns {

inline constexpr char16_t rdf[] = u"http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr char16_t rdfs[] = u"http://www.w3.org/2000/01/rdf-schema#";
inline constexpr char16_t xsd[] = u"http://www.w3.org/2001/XMLSchema#";
inline constexpr char16_t dct[] = u"http://purl.org/dc/terms/";
inline constexpr char16_t foaf[] = u"http://xmlns.com/foaf/0.1/";
inline constexpr char16_t org[] = u"http://www.w3.org/ns/org#";
inline constexpr char16_t vcard[] = u"http://www.w3.org/2006/vcard/ns#";
inline constexpr char16_t locn[] = u"http://www.w3.org/ns/locn#";
inline constexpr char16_t legal[] = u"http://www.w3.org/ns/legal#";
inline constexpr char16_t gr[] = u"http://purl.org/goodrelations/v1#";
inline constexpr char16_t ov[] = u"http://open.vocab.org/terms/";
inline constexpr char16_t skos[] = u"http://www.w3.org/2004/02/skos/core#";
inline constexpr char16_t vcal[] = u"http://www.w3.org/2002/12/cal/ical#";
inline constexpr char16_t schema[] = u"http://schema.org/";
inline constexpr char16_t geo[] = u"http://www.w3.org/2003/01/geo/wgs84_pos#";
inline constexpr char16_t gsp[] = u"http://www.opengis.net/ont/geosparql#";
inline constexpr char16_t ess[] = u"http://ns.economie-solidaire.fr/ess#";
// ESSGLOBAL (RIPESS), read on import: SSE initiatives become organisations.
inline constexpr char16_t essglobal[] = u"http://purl.org/essglobal/vocab/";

struct Prefix
{
    QString name; // without the colon
    QString iri;
};

// Every prefix used by the Turtle and TriG writers, sorted by name.
const QList<Prefix> &prefixes();

// A full IRI from a namespace and a local name: iri(ns::dct, "title").
QString iri(const char16_t *space, QStringView local);

} // namespace pes::rdf::ns
