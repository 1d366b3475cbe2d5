// SPDX-License-Identifier: GPL-3.0-or-later
// What the RDF tests share: real replicas in a temporary folder, export to
// text, and a readable line diff for golden files.
#pragma once

#include "rdfexport.h"
#include "rdfimport.h"
#include "replica/replica.h"

#include <QBuffer>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace pes::rdf::test {

inline const QString network = QStringLiteral("https://reseau.example.org");

inline QString dataFile(const QString &name)
{
    return QStringLiteral(PES_TEST_DATA "/rdf/") + name;
}

inline std::unique_ptr<Replica> newReplica(const QTemporaryDir &dir, const QString &name)
{
    auto replica = Replica::create(dir.filePath(name), {network, QStringLiteral("Démo")});
    if (!replica)
        qFatal("cannot create a replica: %s", qPrintable(replica.error().message));
    return std::move(*replica);
}

inline ImportReport importData(Replica &replica, const QString &file, bool strict = false)
{
    ImportOptions options;
    options.syntax = *syntaxFromFileName(file);
    options.strict = strict;
    auto report = RdfImporter(replica).importFile(dataFile(file), options);
    if (!report)
        qFatal("import of %s failed: %s", qPrintable(file), qPrintable(report.error().message));
    return *report;
}

inline QByteArray exportText(Replica &replica, ExportOptions options = {})
{
    QByteArray text;
    QBuffer buffer(&text);
    buffer.open(QIODevice::WriteOnly);
    auto report = RdfExporter(replica).exportTo(buffer, options);
    if (!report)
        qFatal("export failed: %s", qPrintable(report.error().message));
    return text;
}

inline qint64 scalar(Replica &replica, const QString &sql)
{
    auto value = replica.database().scalar(sql);
    return value ? value->toLongLong() : -1;
}

// The first lines where two texts differ, with a little context, for QCOMPARE failures.
inline QString lineDiff(const QByteArray &expected, const QByteArray &actual)
{
    const QList<QByteArray> a = expected.split('\n');
    const QList<QByteArray> b = actual.split('\n');
    qsizetype first = 0;
    while (first < a.size() && first < b.size() && a.at(first) == b.at(first))
        ++first;
    QStringList out{QStringLiteral("first difference at line %1:").arg(first + 1)};
    for (qsizetype i = qMax<qsizetype>(0, first - 2); i < first; ++i)
        out.append(QStringLiteral("  ") + QString::fromUtf8(a.at(i)));
    for (qsizetype i = first; i < qMin(first + 6, a.size()); ++i)
        out.append(QStringLiteral("- ") + QString::fromUtf8(a.at(i)));
    for (qsizetype i = first; i < qMin(first + 6, b.size()); ++i)
        out.append(QStringLiteral("+ ") + QString::fromUtf8(b.at(i)));
    return out.join(u'\n');
}

} // namespace pes::rdf::test
