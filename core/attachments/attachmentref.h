// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace pes {

// What a record says about one attached file: the SHA-256 of its bytes (the
// name of the blob in every store), the file name shown to people, its media
// type and its size in bytes. In a record's `attachments` field it is the
// JSON object {"hash": "sha256:<64 hex>", "name", "mediaType", "size"}.
struct AttachmentRef
{
    QString hash; // 64 lowercase hexadecimal digits, without the "sha256:" prefix
    QString name;
    QString mediaType;
    qint64 size = 0;

    QJsonObject toJson() const;
    static Result<AttachmentRef> fromJson(const QJsonValue &value);

    friend bool operator==(const AttachmentRef &, const AttachmentRef &) = default;
};

// True for exactly 64 lowercase hexadecimal digits.
bool isSha256Hex(const QString &text);

// Accepts "sha256:<hex>" or a bare "<hex>" (either case) and returns the bare,
// lowercase hexadecimal form; an error names what is wrong with the text.
Result<QString> parseAttachmentHash(const QString &text);

// "sha256:<hex>", the form stored in records.
QString attachmentHashField(const QString &hash);

// "urn:sha256:<hex>", the content URL used in RDF.
QString attachmentUrn(const QString &hash);

// Every attachment a record's fields refer to (from its `attachments` field);
// malformed entries are skipped, validation reports them where they are written.
QList<AttachmentRef> attachmentsOf(const QJsonObject &fields);

} // namespace pes
