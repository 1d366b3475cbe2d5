// SPDX-License-Identifier: GPL-3.0-or-later
#include "workerprotocol.h"

#include "mdbfile.h"

#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace pes::access {

namespace {

void emitLine(QJsonObject object, const QString &type)
{
    object.insert(u"type"_s, type);
    QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    line.append('\n');
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
}

int emitError(const Error &error)
{
    emitLine({{u"message"_s, error.message}, {u"code"_s, int(error.code)}}, u"error"_s);
    std::fflush(stdout);
    return 1;
}

int usage(const QString &message)
{
    std::fprintf(
        stderr,
        "pes-access-worker: %s\n"
        "usage: pes-access-worker inspect FILE [--encoding CP]\n"
        "       pes-access-worker read FILE [--table NAME]... [--limit N] [--encoding CP]\n",
        qPrintable(message));
    return 2;
}

} // namespace

int runWorker(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return usage(u"a command and a file are needed"_s);
    const QString command = arguments.at(0);
    const QString path = arguments.at(1);
    QString encoding;
    QStringList tables;
    qint64 limit = -1;
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        const QString &option = arguments.at(i);
        if (i + 1 >= arguments.size())
            return usage(u"%1 needs a value"_s.arg(option));
        const QString value = arguments.at(++i);
        if (option == u"--encoding")
            encoding = value;
        else if (option == u"--table")
            tables.append(value);
        else if (option == u"--limit")
            limit = value.toLongLong();
        else
            return usage(u"unknown option %1"_s.arg(option));
    }
    if (command != u"inspect" && command != u"read")
        return usage(u"unknown command %1"_s.arg(command));

    auto file = MdbFile::open(path, encoding);
    if (!file)
        return emitError(file.error());
    QJsonObject info = (*file)->databaseInfo();
    info.insert(u"file"_s, QFileInfo(path).absoluteFilePath());
    info.insert(u"size"_s, QFileInfo(path).size());
    emitLine(info, u"database"_s);

    auto schema = (*file)->tables();
    if (!schema)
        return emitError(schema.error());

    if (command == u"inspect") {
        // A few rows of each table as a preview (accents show whether the
        // code page is right); a table whose rows cannot be read says so.
        const qint64 samples = limit < 0 ? 3 : limit;
        for (const QJsonValue &value : std::as_const(*schema)) {
            QJsonObject table = value.toObject();
            QJsonArray rows;
            const Status read = (*file)->readRows(
                table.value(u"name"_s).toString(), samples,
                [&](const QJsonArray &values, const QJsonArray &) { rows.append(values); }, false);
            if (!read && !table.contains(u"error"_s))
                table.insert(u"error"_s, read.error().message);
            table.insert(u"samples"_s, rows);
            emitLine(table, u"table"_s);
        }
        auto linked = (*file)->linkedTables();
        if (!linked)
            return emitError(linked.error());
        for (const QJsonValue &table : std::as_const(*linked))
            emitLine(table.toObject(), u"linked"_s);
        auto relations = (*file)->relationships();
        if (!relations)
            return emitError(relations.error());
        for (const QJsonValue &relation : std::as_const(*relations))
            emitLine(relation.toObject(), u"relationship"_s);
    } else {
        if (tables.isEmpty()) {
            for (const QJsonValue &table : std::as_const(*schema))
                tables.append(table.toObject().value(u"name"_s).toString());
        }
        for (const QString &table : std::as_const(tables)) {
            auto columns = (*file)->columnNames(table);
            if (!columns)
                return emitError(columns.error());
            emitLine({{u"table"_s, table}, {u"columns"_s, QJsonArray::fromStringList(*columns)}},
                     u"begin"_s);
            qint64 rows = 0;
            const Status read = (*file)->readRows(
                table, limit, [&](const QJsonArray &values, const QJsonArray &issues) {
                    QJsonObject row{{u"values"_s, values}};
                    if (!issues.isEmpty())
                        row.insert(u"issues"_s, issues);
                    emitLine(row, u"row"_s);
                    ++rows;
                });
            if (!read)
                return emitError(read.error());
            emitLine({{u"table"_s, table}, {u"rows"_s, rows}}, u"end"_s);
        }
    }
    emitLine({}, u"done"_s);
    std::fflush(stdout);
    return 0;
}

} // namespace pes::access
