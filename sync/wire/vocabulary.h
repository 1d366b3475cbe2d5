// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The terms of the sync protocol (docs/sync-protocol.md).
namespace pes::wire::vocab {

using namespace Qt::StringLiterals;

inline const QString sync = u"https://w3id.org/pes/sync#"_s;
inline const QString field = u"https://w3id.org/pes/field#"_s;
inline const QString kind = u"https://w3id.org/pes/kind#"_s;
inline const QString metaGraph = sync + u"meta"_s;
inline const QString feedNode = sync + u"feed"_s;

inline const QString rdfType = u"http://www.w3.org/1999/02/22-rdf-syntax-ns#type"_s;
inline const QString rdfJson = u"http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON"_s;
inline const QString xsdInteger = u"http://www.w3.org/2001/XMLSchema#integer"_s;
inline const QString xsdBoolean = u"http://www.w3.org/2001/XMLSchema#boolean"_s;
inline const QString xsdDateTime = u"http://www.w3.org/2001/XMLSchema#dateTime"_s;

inline QString term(const QString &local)
{
    return sync + local;
}

} // namespace pes::wire::vocab
