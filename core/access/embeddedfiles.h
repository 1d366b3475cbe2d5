// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace pes::access {

// A file found in an Access value, ready for the replica's attachment store.
struct EmbeddedFile
{
    QString name;
    QString mediaType;
    QByteArray content;
};

// A file of a value that could not be taken, and why.
struct EmbeddedFileProblem
{
    QString name; // the file's name when known, else empty
    QString reason;
};

struct EmbeddedFiles
{
    QList<EmbeddedFile> files;
    QList<EmbeddedFileProblem> problems;
};

// Finds the file an OLE object holds. A file dropped into the column as a
// package (OLE 1 Packager) comes out whole with its own name, whatever its
// kind. Otherwise (a picture inserted through an editor) the file is found by
// its signature (PNG, JPEG, GIF, BMP, PDF) behind the OLE header and cut at
// its own end where its format tells it; `baseName` names it ("Logo" ->
// "Logo.png").
Result<EmbeddedFile> extractOleFile(const QByteArray &blob, const QString &baseName);

// The files a value from the worker holds for the `attachments` field: the
// list of an attachment column ({attachments: [...]}, see workerprotocol.h)
// or the bytes of an OLE object ({binary, size}). A null value holds none;
// any other value is one problem.
EmbeddedFiles embeddedFilesOf(const QJsonValue &value, const QString &column);

} // namespace pes::access
