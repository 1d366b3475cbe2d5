// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pes::access {

// What an Access file holds, as the worker reported it: the answer to
// `pes inspect-access` and the input of mapping suggestions.
struct AccessColumn
{
    QString name;
    QString type; // "text", "memo", "longInteger", "dateTime", "decimal", ...
    int size = 0;
    int precision = 0; // decimals only
    int scale = 0;     // decimals only
    bool autoNumber = false;
    QString rowSource; // a lookup's query or value list
    QString description;
};

struct AccessTable
{
    QString name;
    qint64 rows = 0;
    QList<AccessColumn> columns;
    QStringList primaryKey;
    QString error;             // when the table's definition or rows could not be read
    QList<QJsonArray> samples; // the first rows, aligned with the columns

    const AccessColumn *column(const QString &name) const;
};

struct LinkedTable
{
    QString name;
    QString foreignName;
    QString database; // the Access file it points at
    QString connect;  // an ODBC connection string, for other sources
};

struct Relationship
{
    QString name;
    QString table; // the table holding the foreign key
    QStringList columns;
    QString referencedTable;
    QStringList referencedColumns;
};

struct AccessInspection
{
    QString file;
    qint64 size = 0;
    QString format;   // Jet3, Jet4, ACE12, ACE14...
    QString encoding; // Jet3 only
    int codePage = 0;
    QList<AccessTable> tables;
    QList<LinkedTable> linked;
    QList<Relationship> relationships;

    const AccessTable *table(const QString &name) const;
    QJsonObject toJson() const;
    // A human summary for the command line.
    QString toText() const;
};

// Fills an inspection from one line of the worker's output.
void addWorkerLine(AccessInspection &inspection, const QJsonObject &line);

} // namespace pes::access
