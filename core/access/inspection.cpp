// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspection.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pes::access {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

QJsonArray array(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

const AccessColumn *AccessTable::column(const QString &columnName) const
{
    for (const AccessColumn &c : columns) {
        if (c.name == columnName)
            return &c;
    }
    return nullptr;
}

const AccessTable *AccessInspection::table(const QString &tableName) const
{
    for (const AccessTable &t : tables) {
        if (t.name == tableName)
            return &t;
    }
    return nullptr;
}

void addWorkerLine(AccessInspection &inspection, const QJsonObject &line)
{
    const QString type = line.value(u"type"_s).toString();
    if (type == u"database") {
        inspection.file = line.value(u"file"_s).toString();
        inspection.size = line.value(u"size"_s).toInteger();
        inspection.format = line.value(u"format"_s).toString();
        inspection.encoding = line.value(u"encoding"_s).toString();
        inspection.codePage = line.value(u"codePage"_s).toInt();
    } else if (type == u"table") {
        AccessTable table;
        table.name = line.value(u"name"_s).toString();
        table.rows = line.value(u"rows"_s).toInteger();
        table.primaryKey = strings(line.value(u"primaryKey"_s));
        table.error = line.value(u"error"_s).toString();
        for (const QJsonValue &sample : line.value(u"samples"_s).toArray())
            table.samples.append(sample.toArray());
        for (const QJsonValue &v : line.value(u"columns"_s).toArray()) {
            const QJsonObject c = v.toObject();
            table.columns.append({c.value(u"name"_s).toString(), c.value(u"type"_s).toString(),
                                  c.value(u"size"_s).toInt(), c.value(u"precision"_s).toInt(),
                                  c.value(u"scale"_s).toInt(), c.value(u"autoNumber"_s).toBool(),
                                  c.value(u"rowSource"_s).toString(),
                                  c.value(u"description"_s).toString()});
        }
        inspection.tables.append(table);
    } else if (type == u"linked") {
        inspection.linked.append(
            {line.value(u"name"_s).toString(), line.value(u"foreignName"_s).toString(),
             line.value(u"database"_s).toString(), line.value(u"connect"_s).toString()});
    } else if (type == u"relationship") {
        inspection.relationships.append(
            {line.value(u"name"_s).toString(), line.value(u"table"_s).toString(),
             strings(line.value(u"columns"_s)), line.value(u"referencedTable"_s).toString(),
             strings(line.value(u"referencedColumns"_s))});
    }
}

QJsonObject AccessInspection::toJson() const
{
    QJsonArray tableArray;
    for (const AccessTable &t : tables) {
        QJsonArray columnArray;
        for (const AccessColumn &c : t.columns) {
            QJsonObject column{{u"name"_s, c.name}, {u"type"_s, c.type}, {u"size"_s, c.size}};
            if (c.type == u"decimal") {
                column.insert(u"precision"_s, c.precision);
                column.insert(u"scale"_s, c.scale);
            }
            if (c.autoNumber)
                column.insert(u"autoNumber"_s, true);
            if (!c.rowSource.isEmpty())
                column.insert(u"rowSource"_s, c.rowSource);
            if (!c.description.isEmpty())
                column.insert(u"description"_s, c.description);
            columnArray.append(column);
        }
        QJsonObject table{{u"name"_s, t.name},
                          {u"rows"_s, t.rows},
                          {u"columns"_s, columnArray},
                          {u"primaryKey"_s, array(t.primaryKey)}};
        if (!t.error.isEmpty())
            table.insert(u"error"_s, t.error);
        QJsonArray samples;
        for (const QJsonArray &sample : t.samples)
            samples.append(sample);
        table.insert(u"samples"_s, samples);
        tableArray.append(table);
    }
    QJsonArray linkedArray;
    for (const LinkedTable &l : linked) {
        QJsonObject o{{u"name"_s, l.name}, {u"foreignName"_s, l.foreignName}};
        if (!l.database.isEmpty())
            o.insert(u"database"_s, l.database);
        if (!l.connect.isEmpty())
            o.insert(u"connect"_s, l.connect);
        linkedArray.append(o);
    }
    QJsonArray relationArray;
    for (const Relationship &r : relationships) {
        relationArray.append(QJsonObject{{u"name"_s, r.name},
                                         {u"table"_s, r.table},
                                         {u"columns"_s, array(r.columns)},
                                         {u"referencedTable"_s, r.referencedTable},
                                         {u"referencedColumns"_s, array(r.referencedColumns)}});
    }
    QJsonObject json{{u"file"_s, file},
                     {u"size"_s, size},
                     {u"format"_s, format},
                     {u"tables"_s, tableArray},
                     {u"linkedTables"_s, linkedArray},
                     {u"relationships"_s, relationArray}};
    if (!encoding.isEmpty())
        json.insert(u"encoding"_s, encoding);
    return json;
}

QString AccessInspection::toText() const
{
    QString text = u"%1\nFormat: %2%3\n"_s.arg(
        file, format, encoding.isEmpty() ? QString() : u" (text in %1)"_s.arg(encoding));
    text += u"%1 user table(s)\n"_s.arg(tables.size());
    for (const AccessTable &t : tables) {
        text += u"\n%1: %2 row(s)"_s.arg(t.name).arg(t.rows);
        if (!t.primaryKey.isEmpty())
            text += u", primary key %1"_s.arg(t.primaryKey.join(u", "_s));
        if (!t.error.isEmpty())
            text += u" (%1)"_s.arg(t.error);
        text += u'\n';
        for (qsizetype i = 0; i < t.columns.size(); ++i) {
            const AccessColumn &c = t.columns.at(i);
            QString type = c.type;
            if (c.type == u"text")
                type += u"(%1)"_s.arg(c.size);
            else if (c.type == u"decimal")
                type += u"(%1,%2)"_s.arg(c.precision).arg(c.scale);
            // The first non-empty sample value, as a preview of the column's content.
            QString example;
            for (const QJsonArray &sample : t.samples) {
                const QJsonValue v = sample.at(i);
                if (v.isString() && !v.toString().trimmed().isEmpty())
                    example = v.toString().simplified().left(40);
                else if (v.isDouble() || v.isBool())
                    example = QString::fromUtf8(
                                  QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                                  .mid(1)
                                  .chopped(1);
                if (!example.isEmpty())
                    break;
            }
            if (!example.isEmpty())
                type += u"  e.g. “%1”"_s.arg(example);
            text += u"  %1  %2%3%4\n"_s.arg(
                c.name.leftJustified(24), type, c.autoNumber ? u", auto number"_s : QString(),
                c.rowSource.isEmpty() ? QString() : u", lookup: %1"_s.arg(c.rowSource));
        }
    }
    for (const LinkedTable &l : linked)
        text += u"\nLinked table %1 -> %2 in %3\n"_s.arg(
            l.name, l.foreignName, l.database.isEmpty() ? l.connect : l.database);
    if (!relationships.isEmpty())
        text += u"\nRelationships:\n"_s;
    for (const Relationship &r : relationships)
        text += u"  %1(%2) -> %3(%4)\n"_s.arg(r.table, r.columns.join(u", "_s), r.referencedTable,
                                              r.referencedColumns.join(u", "_s));
    return text;
}

} // namespace pes::access
