// SPDX-License-Identifier: GPL-3.0-or-later
#include "embeddedfiles.h"

#include "accessvalues.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMimeDatabase>

#include <optional>

using namespace Qt::StringLiterals;

namespace pes::access {

namespace {

quint32 be32(const QByteArray &b, qsizetype at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(b.constData()) + at;
    return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | quint32(p[3]);
}

quint32 le32At(const QByteArray &b, qsizetype at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(b.constData()) + at;
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
}

// The length of a PNG starting at `start`: its chunks up to IEND; 0 if damaged.
qsizetype pngLength(const QByteArray &b, qsizetype start)
{
    qsizetype at = start + 8;
    for (int chunks = 0; chunks < 1'000'000 && at + 12 <= b.size(); ++chunks) {
        const qint64 length = be32(b, at);
        if (length > b.size() - at - 12)
            return 0;
        const bool end = b.mid(at + 4, 4) == "IEND";
        at += 12 + qsizetype(length);
        if (end)
            return at - start;
    }
    return 0;
}

// The length of a BMP starting at `start`, from its own header; 0 if implausible.
qsizetype bmpLength(const QByteArray &b, qsizetype start)
{
    if (start + 26 > b.size())
        return 0;
    const qint64 size = le32At(b, start + 2);
    const qint64 dataOffset = le32At(b, start + 10);
    const qint64 infoSize = le32At(b, start + 14);
    if (size < 26 || size > b.size() - start || dataOffset >= size || infoSize < 12 ||
        infoSize > 256 || le32At(b, start + 6) != 0)
        return 0;
    return qsizetype(size);
}

// Up to the last occurrence of `marker` (inclusive); 0 if there is none.
qsizetype upToLast(const QByteArray &b, qsizetype start, QByteArrayView marker)
{
    const qsizetype last = b.lastIndexOf(marker);
    return last < start ? 0 : last + marker.size() - start;
}

// A file wrapped by the OLE 1 Packager ("Package" objects: a file dropped into
// the column). After the class name come the topic and item names, the native
// data size, then: 2, the label (the file name) and the source path as
// NUL-terminated text, 0, 3 (an embedded file), the length and text of a
// temporary path, the length of the file and its bytes.
std::optional<EmbeddedFile> packagedFile(const QByteArray &b)
{
    static const QByteArray className = QByteArray("\x08\x00\x00\x00Package\x00", 12);
    const qsizetype found = b.indexOf(className);
    if (found < 0)
        return std::nullopt;
    qsizetype at = found + className.size();
    auto skipCounted = [&] { // a 32-bit length and that many bytes
        if (at + 4 > b.size())
            return false;
        const qint64 length = le32At(b, at);
        if (length > b.size() - at - 4)
            return false;
        at += 4 + qsizetype(length);
        return true;
    };
    auto text = [&](QByteArray *into) { // NUL-terminated
        const qsizetype end = b.indexOf('\0', at);
        if (end < 0)
            return false;
        *into = b.mid(at, end - at);
        at = end + 1;
        return true;
    };
    QByteArray label, source;
    if (!skipCounted() || !skipCounted() || at + 4 > b.size()) // topic, item
        return std::nullopt;
    at += 4; // the native data size
    if (at + 2 > b.size() || b.at(at) != 2 || b.at(at + 1) != 0)
        return std::nullopt;
    at += 2;
    if (!text(&label) || !text(&source) || at + 4 > b.size() || le32At(b, at) != 0x00030000)
        return std::nullopt;
    at += 4;
    if (!skipCounted() || at + 4 > b.size()) // the temporary path
        return std::nullopt;
    const qint64 size = le32At(b, at);
    at += 4;
    if (size > b.size() - at || size > maxEmbeddedFileSize)
        return std::nullopt;
    // The label is the file name; the source path ends with it too.
    QString name = QString::fromLatin1(label).trimmed();
    if (name.isEmpty())
        name = QString::fromLatin1(source).section(u'\\', -1).trimmed();
    if (name.isEmpty() || name.contains(u'/') || name.contains(u'\\'))
        return std::nullopt;
    const QByteArray content = b.mid(at, qsizetype(size));
    static const QMimeDatabase mimes;
    return EmbeddedFile{name, mimes.mimeTypeForFileNameAndData(name, content).name(), content};
}

struct Signature
{
    QByteArrayView magic;
    const char *extension;
    const char *mediaType;
};

} // namespace

Result<EmbeddedFile> extractOleFile(const QByteArray &blob, const QString &baseName)
{
    static const Signature signatures[] = {
        {"\x89PNG\r\n\x1a\n", "png", "image/png"},
        {"\xFF\xD8\xFF", "jpg", "image/jpeg"},
        {"GIF87a", "gif", "image/gif"},
        {"GIF89a", "gif", "image/gif"},
        {"%PDF-", "pdf", "application/pdf"},
        {"BM", "bmp", "image/bmp"},
    };
    if (blob.size() > maxEmbeddedFileSize + 1024 * 1024)
        return fail(Error::Code::Parse,
                    u"the OLE object is %1 bytes, more than the %2 MB allowed"_s.arg(blob.size())
                        .arg(maxEmbeddedFileSize / (1024 * 1024)));
    if (auto packaged = packagedFile(blob))
        return *packaged;
    // The earliest signature whose file holds together wins.
    qsizetype bestStart = -1, bestLength = 0;
    const Signature *best = nullptr;
    for (const Signature &s : signatures) {
        for (qsizetype at = blob.indexOf(s.magic); at >= 0 && (bestStart < 0 || at < bestStart);
             at = blob.indexOf(s.magic, at + 1)) {
            qsizetype length = 0;
            const QByteArrayView ext(s.extension);
            if (ext == "png")
                length = pngLength(blob, at);
            else if (ext == "bmp")
                length = bmpLength(blob, at);
            else if (ext == "jpg")
                length = upToLast(blob, at, "\xFF\xD9");
            else if (ext == "gif")
                length = upToLast(blob, at, ";");
            else if (ext == "pdf")
                length = upToLast(blob, at, "%%EOF");
            if (length > 0) {
                bestStart = at;
                bestLength = length;
                best = &s;
                break;
            }
        }
    }
    if (!best)
        return fail(Error::Code::Unsupported,
                    u"the OLE object holds no picture or document this import recognises (PNG, "
                    u"JPEG, GIF, BMP or PDF)"_s);
    return EmbeddedFile{baseName + u'.' + QLatin1StringView(best->extension),
                        QString::fromLatin1(best->mediaType), blob.mid(bestStart, bestLength)};
}

EmbeddedFiles embeddedFilesOf(const QJsonValue &value, const QString &column)
{
    EmbeddedFiles result;
    if (value.isNull() || value.isUndefined())
        return result;
    const QJsonObject object = value.toObject();
    if (object.contains(u"binary"_s)) {
        const QByteArray blob =
            QByteArray::fromBase64(object.value(u"binary"_s).toString().toLatin1());
        auto file = extractOleFile(blob, column);
        if (file)
            result.files.append(*file);
        else
            result.problems.append({{}, file.error().message});
        return result;
    }
    if (!object.contains(u"attachments"_s)) {
        result.problems.append(
            {{}, u"neither an attachment nor an OLE object: no file to attach"_s});
        return result;
    }
    static const QMimeDatabase mimes;
    for (const QJsonValue &item : object.value(u"attachments"_s).toArray()) {
        const QJsonObject entry = item.toObject();
        QString name = entry.value(u"name"_s).toString().trimmed();
        if (entry.contains(u"reason"_s)) {
            result.problems.append({name, entry.value(u"reason"_s).toString()});
            continue;
        }
        const QByteArray content =
            QByteArray::fromBase64(entry.value(u"data"_s).toString().toLatin1());
        if (content.size() != entry.value(u"size"_s).toInteger(-1)) {
            result.problems.append({name, u"the file arrived damaged from the reader"_s});
            continue;
        }
        if (name.isEmpty())
            name = column + u'.' + entry.value(u"extension"_s).toString(u"bin"_s);
        result.files.append(
            {name, mimes.mimeTypeForFileNameAndData(name, content).name(), content});
    }
    return result;
}

} // namespace pes::access
