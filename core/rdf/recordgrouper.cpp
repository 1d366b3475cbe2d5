// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordgrouper.h"

#include "vocabulary.h"

using namespace Qt::StringLiterals;

namespace pes::rdf {

namespace {

bool isOfferLink(const QString &predicate)
{
    static const QString offers = ns::iri(ns::gr, u"offers");
    static const QString seeks = ns::iri(ns::gr, u"seeks");
    return predicate == offers || predicate == seeks;
}

} // namespace

Status RecordGrouper::flush()
{
    if (m_group.isEmpty())
        return {};
    auto handed = m_sink(m_key, m_group);
    m_group.clear();
    return handed;
}

Status RecordGrouper::add(const Statement &statement)
{
    QString key = m_key;
    if (statement.graph.isIri()) {
        key = statement.graph.value;
    } else if (statement.subject.isIri()) {
        const bool linksCurrent = isOfferLink(statement.predicate.value) &&
                                  statement.object.isIri() && statement.object.value == m_key;
        if (!linksCurrent)
            key = statement.subject.value;
    }
    if (key != m_key) {
        PES_TRY(flush());
        m_key = key;
    }
    m_group.append(statement);
    return {};
}

Status RecordGrouper::finish()
{
    auto flushed = flush();
    m_key.clear();
    return flushed;
}

} // namespace pes::rdf
