// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pes::access {

// Decoders for the byte layouts Access uses to store values, written from the
// file format itself so that no value depends on libmdb's text conversion
// (which cuts long values, loses old dates and replaces characters).

// An Access date: days since 1899-12-30 as a double. For negative values the
// integer part counts days backwards and the fraction is still a positive time
// of day. Returns "yyyy-MM-ddTHH:mm:ss" (with ".zzz" when there are
// milliseconds), or nothing when the value is outside years 100..9999.
std::optional<QString> accessDateToIso(double days);

// A Currency value: a signed 64-bit count of ten-thousandths, as exact text ("-12.5").
QString currencyToText(qint64 tenThousandths);

// A Decimal (Numeric) value: 17 bytes, a sign byte then a 96/128-bit integer
// stored as four little-endian 32-bit words, most significant word first.
// Returns the exact decimal text with `scale` digits after the point.
std::optional<QString> numericToText(const QByteArray &bytes, int scale);

// Jet4/ACE text: UTF-16LE, or "compressed" when it starts with FF FE (runs of
// one-byte Latin-1 characters and two-byte characters separated by NUL bytes).
QString decodeJet4Text(const QByteArray &bytes);

// Whether a string holds characters that stand for something that could not
// be decoded (U+FFFD, or an unpaired surrogate).
bool hasReplacementCharacters(const QString &text);

// The largest file an attachment or OLE object may hold once decoded: bigger
// ones are refused, so that a damaged or hostile size cannot exhaust memory.
inline constexpr qint64 maxEmbeddedFileSize = 64 * 1024 * 1024;

// The file held in the FileData column of an Access 2007+ attachment.
struct StoredAttachment
{
    QString extension; // as Access recorded it, e.g. "txt"
    QByteArray content;
};

// Decodes FileData: a 4-byte kind (0 stored, 1 deflate-compressed with a zlib
// wrapper), a 4-byte length of what follows once decoded, then that: a 4-byte
// header length (counted from its own start), 4 bytes of flags, the length in
// characters of the extension and the extension in UTF-16 with its NUL, and
// the file's bytes after the header. Any inconsistency is an error naming it.
Result<StoredAttachment> decodeAttachmentData(const QByteArray &fileData,
                                              qint64 maxSize = maxEmbeddedFileSize);

} // namespace pes::access
