// SPDX-License-Identifier: GPL-3.0-or-later
#include "taxonomy.h"

#include "domain/validation.h"
#include "replica/replica.h"
#include "serdreader.h"
#include "vocabulary.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pes::rdf {

namespace {

struct Concept
{
    QMap<QString, QString> labels; // language -> label, non-empty ones only
    QString scheme;
    QString broader;
};

QString chooseLabel(const Concept &entry, const QString &iri)
{
    for (const QString &language : {u"fr"_s, u""_s, u"en"_s}) {
        if (entry.labels.contains(language))
            return entry.labels.value(language);
    }
    if (!entry.labels.isEmpty())
        return entry.labels.first();
    QString local = iri;
    while (local.endsWith(u'/') || local.endsWith(u'#'))
        local.chop(1);
    return local.section(u'/', -1).section(u'#', -1);
}

} // namespace

QString tagIriForConcept(const QString &networkBase, const QString &conceptIri)
{
    // A name-based UUID (version 5 layout) from the concept's IRI.
    QByteArray hash =
        QCryptographicHash::hash(conceptIri.toUtf8(), QCryptographicHash::Sha1).left(16);
    hash[6] = char((hash[6] & 0x0f) | 0x50);
    hash[8] = char((hash[8] & 0x3f) | 0x80);
    const QString hex = QString::fromLatin1(hash.toHex());
    const QString uuid = hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' +
                         hex.mid(16, 4) + u'-' + hex.mid(20);
    QString base = networkBase;
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + u"/id/tag/"_s + uuid;
}

Result<TaxonomyReport> importTaxonomy(Replica &replica, QIODevice &device, const QString &name,
                                      Syntax syntax)
{
    QElapsedTimer timer;
    timer.start();
    const QString type = ns::iri(ns::rdf, u"type");
    const QString conceptClass = ns::iri(ns::skos, u"Concept");
    const QString prefLabel = ns::iri(ns::skos, u"prefLabel");
    const QString inScheme = ns::iri(ns::skos, u"inScheme");
    const QString topConceptOf = ns::iri(ns::skos, u"topConceptOf");
    const QString broader = ns::iri(ns::skos, u"broader");

    QHash<QString, Concept> concepts;
    QSet<QString> typed;
    PES_TRY(StatementReader::read(device, syntax, name, [&](const Statement &s) -> Status {
        if (!s.subject.isIri())
            return {};
        const QString &p = s.predicate.value;
        if (p == type && s.object.value == conceptClass) {
            typed.insert(s.subject.value);
        } else if (p == prefLabel && s.object.isLiteral() && !s.object.value.trimmed().isEmpty()) {
            Concept &c = concepts[s.subject.value];
            if (!c.labels.contains(s.object.language))
                c.labels.insert(s.object.language, s.object.value.simplified());
        } else if ((p == inScheme || p == topConceptOf) && s.object.isIri()) {
            Concept &c = concepts[s.subject.value];
            if (c.scheme.isEmpty())
                c.scheme = s.object.value;
        } else if (p == broader && s.object.isIri()) {
            Concept &c = concepts[s.subject.value];
            if (c.broader.isEmpty())
                c.broader = s.object.value;
        }
        return {};
    }));

    TaxonomyReport report;
    QStringList iris(typed.begin(), typed.end());
    iris.sort();
    QSet<QString> schemes;
    const QString base = replica.network().iri;

    auto scope = replica.beginChange(u"Load taxonomy %1"_s.arg(QFileInfo(name).fileName()));
    if (!scope)
        return std::unexpected(scope.error());
    for (const QString &iri : std::as_const(iris)) {
        const Concept entry = concepts.value(iri);
        QJsonObject fields{{u"label"_s, chooseLabel(entry, iri)}, {u"concept"_s, iri}};
        if (entry.labels.contains(u"en"_s))
            fields.insert(u"labelEn"_s, entry.labels.value(u"en"_s));
        if (!entry.scheme.isEmpty()) {
            fields.insert(u"scheme"_s, entry.scheme);
            schemes.insert(entry.scheme);
        }
        if (!entry.broader.isEmpty() && typed.contains(entry.broader))
            fields.insert(u"broader"_s, tagIriForConcept(base, entry.broader));
        auto normalised = normaliseFields(Kind::Tag, fields);
        if (!normalised)
            return fail(Error::Code::Parse,
                        u"%1: concept <%2>: %3"_s.arg(name, iri, normalised.error().message));

        Record record;
        record.iri = tagIriForConcept(base, iri);
        record.kind = Kind::Tag;
        record.network = base;
        record.visibility = Visibility::Public;
        record.fields = *normalised;
        auto outcome = replica.applyImported(record);
        if (!outcome)
            return std::unexpected(outcome.error());
        ++report.concepts;
        if (*outcome == Replica::ImportOutcome::Created)
            ++report.created;
        else if (*outcome == Replica::ImportOutcome::Updated)
            ++report.updated;
        else
            ++report.unchanged;
    }
    PES_TRY(scope->commit());
    report.schemes = QStringList(schemes.begin(), schemes.end());
    report.schemes.sort();
    report.elapsedMs = timer.elapsed();
    return report;
}

Result<TaxonomyReport> importTaxonomyFile(Replica &replica, const QString &path, Syntax syntax)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, u"cannot read %1: %2"_s.arg(path, file.errorString()));
    return importTaxonomy(replica, file, path, syntax);
}

} // namespace pes::rdf
