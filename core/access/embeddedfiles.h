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

// Finds the picture or document an OLE object holds. Access wraps a file in
// an OLE header (and a package header for files dropped as packages); the file
// is found by its signature (PNG, JPEG, GIF, BMP, PDF) and cut at its own end
// where its format tells it. `baseName` names the file ("Logo" -> "Logo.png").
Result<EmbeddedFile> extractOleFile(const QByteArray &blob, const QString &baseName);

// The files a value from the worker holds for the `attachments` field: the
// list of an attachment column ({attachments: [...]}, see workerprotocol.h)
// or the bytes of an OLE object ({binary, size}). A null value holds none;
// any other value is one problem.
EmbeddedFiles embeddedFilesOf(const QJsonValue &value, const QString &column);

} // namespace pes::access
