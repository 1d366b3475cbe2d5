// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pes::access {

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace

qint64 ImportReport::total(qint64 TableReport::*counter) const
{
    qint64 sum = 0;
    for (const TableReport &t : tables)
        sum += t.*counter;
    return sum;
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray tableArray;
    for (const TableReport &t : tables) {
        tableArray.append(QJsonObject{{u"table"_s, t.table},
                                      {u"kind"_s, t.kind},
                                      {u"rows"_s, t.rows},
                                      {u"created"_s, t.created},
                                      {u"updated"_s, t.updated},
                                      {u"unchanged"_s, t.unchanged},
                                      {u"linked"_s, t.linked},
                                      {u"rejectedRows"_s, t.rejectedRows},
                                      {u"contactPoints"_s, t.contactPoints},
                                      {u"engagements"_s, t.engagements},
                                      {u"attachments"_s, t.attachments}});
    }
    QJsonArray candidateArray;
    for (const Candidate &c : candidates) {
        candidateArray.append(QJsonObject{{u"table"_s, c.table},
                                          {u"rowKey"_s, c.rowKey},
                                          {u"imported"_s, c.importedIri},
                                          {u"existing"_s, c.existingIri},
                                          {u"title"_s, c.title}});
    }
    qint64 rejectedValues = 0;
    for (const Reject &r : rejects)
        rejectedValues += r.wholeRow ? 0 : 1;
    return QJsonObject{
        {u"file"_s, file},
        {u"source"_s, source},
        {u"format"_s, format},
        {u"dryRun"_s, dryRun},
        {u"milliseconds"_s, milliseconds},
        {u"totals"_s, QJsonObject{{u"rows"_s, total(&TableReport::rows)},
                                  {u"created"_s, total(&TableReport::created)},
                                  {u"updated"_s, total(&TableReport::updated)},
                                  {u"unchanged"_s, total(&TableReport::unchanged)},
                                  {u"linked"_s, total(&TableReport::linked)},
                                  {u"rejectedRows"_s, total(&TableReport::rejectedRows)},
                                  {u"rejectedValues"_s, rejectedValues},
                                  {u"candidates"_s, candidates.size()}}},
        {u"tables"_s, tableArray},
        {u"candidates"_s, candidateArray},
    };
}

QString ImportReport::toText() const
{
    QString text = dryRun ? u"Dry run of the import of %1 (nothing was written)\n"_s.arg(file)
                          : u"Imported %1\n"_s.arg(file);
    for (const TableReport &t : tables) {
        text += u"  %1 -> %2: %3 row(s), %4 created, %5 updated, %6 unchanged, %7 linked, "
                u"%8 rejected"_s.arg(t.table, t.kind)
                    .arg(t.rows)
                    .arg(t.created)
                    .arg(t.updated)
                    .arg(t.unchanged)
                    .arg(t.linked)
                    .arg(t.rejectedRows);
        if (t.contactPoints)
            text += u", %1 contact point(s)"_s.arg(t.contactPoints);
        if (t.engagements)
            text += u", %1 engagement(s)"_s.arg(t.engagements);
        if (t.attachments)
            text += u", %1 file(s) attached"_s.arg(t.attachments);
        text += u'\n';
    }
    if (!rejects.isEmpty())
        text += u"%1 value(s) or row(s) rejected (see --rejects)\n"_s.arg(rejects.size());
    for (const Candidate &c : candidates)
        text += u"  possible duplicate: %1 row %2 (“%3”) has the same name as %4\n"_s.arg(
            c.table, c.rowKey, c.title, c.existingIri);
    text += u"%1 ms\n"_s.arg(milliseconds);
    return text;
}

Status ImportReport::writeJson(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(Error::Code::Io, u"%1: cannot be written (%2)"_s.arg(path, file.errorString()));
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    return {};
}

Status ImportReport::writeRejectsCsv(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(Error::Code::Io, u"%1: cannot be written (%2)"_s.arg(path, file.errorString()));
    QString csv = u"table,row key,column,raw value,reason\r\n"_s;
    for (const Reject &r : rejects) {
        csv += csvField(r.table) + u',' + csvField(r.rowKey) + u',' + csvField(r.column) + u',' +
               csvField(r.rawValue) + u',' + csvField(r.reason) + u"\r\n"_s;
    }
    file.write(csv.toUtf8());
    return {};
}

} // namespace pes::access
