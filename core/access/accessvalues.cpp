// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessvalues.h"

#include <QDate>
#include <QTime>

#include <cmath>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace pes::access {

namespace {

constexpr qint64 millisecondsPerDay = 86'400'000;

QString insertDecimalPoint(QString digits, int scale, bool negative)
{
    if (scale > 0) {
        if (digits.size() <= scale)
            digits = QString(scale - digits.size() + 1, u'0') + digits;
        digits.insert(digits.size() - scale, u'.');
        while (digits.endsWith(u'0'))
            digits.chop(1);
        if (digits.endsWith(u'.'))
            digits.chop(1);
    }
    if (negative && digits != u"0")
        digits.prepend(u'-');
    return digits;
}

} // namespace

std::optional<QString> accessDateToIso(double days)
{
    if (!std::isfinite(days) || days < -657434.0 || days >= 2958466.0)
        return std::nullopt; // before 0100-01-01 or after 9999-12-31

    const double whole = std::trunc(days);
    qint64 dayNumber = qint64(whole);
    qint64 milliseconds = std::llround(std::fabs(days - whole) * double(millisecondsPerDay));
    if (milliseconds >= millisecondsPerDay) {
        // A time rounded up to midnight belongs to the next day, or for negative
        // values (where the day counts backwards) to the previous one.
        milliseconds -= millisecondsPerDay;
        dayNumber += days < 0 ? -1 : 1;
    }

    const QDate date = QDate(1899, 12, 30).addDays(dayNumber);
    if (!date.isValid() || date.year() > 9999)
        return std::nullopt;
    const QTime time = QTime::fromMSecsSinceStartOfDay(int(milliseconds));
    const QString format = time.msec() ? u"HH:mm:ss.zzz"_s : u"HH:mm:ss"_s;
    return date.toString(u"yyyy-MM-dd"_s) + u'T' + time.toString(format);
}

QString currencyToText(qint64 tenThousandths)
{
    const bool negative = tenThousandths < 0;
    // Work on the unsigned magnitude so that the smallest value does not overflow.
    const quint64 magnitude =
        negative ? quint64(0) - quint64(tenThousandths) : quint64(tenThousandths);
    return insertDecimalPoint(QString::number(magnitude), 4, negative);
}

std::optional<QString> numericToText(const QByteArray &bytes, int scale)
{
    if (bytes.size() < 17 || scale < 0 || scale > 38)
        return std::nullopt;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const bool negative = data[0] & 0x80;

    unsigned __int128 value = 0;
    for (int word = 0; word < 4; ++word) { // most significant word first
        quint32 w = 0;
        for (int b = 3; b >= 0; --b)
            w = (w << 8) | data[1 + word * 4 + b];
        value = (value << 32) | w;
    }

    QString digits;
    do {
        digits.prepend(QChar(u'0' + int(value % 10)));
        value /= 10;
    } while (value != 0);
    return insertDecimalPoint(digits, scale, negative);
}

QString decodeJet4Text(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    if (size >= 2 && data[0] == 0xff && data[1] == 0xfe) {
        QString text;
        text.reserve(size);
        bool compressed = true;
        qsizetype i = 2;
        while (i < size) {
            if (data[i] == 0) {
                compressed = !compressed;
                ++i;
            } else if (compressed) {
                text.append(QChar(char16_t(data[i])));
                ++i;
            } else if (i + 1 < size) {
                text.append(QChar(char16_t(data[i] | (data[i + 1] << 8))));
                i += 2;
            } else {
                text.append(QChar::ReplacementCharacter); // an odd byte at the end
                ++i;
            }
        }
        return text;
    }
    QString text = QString::fromUtf16(reinterpret_cast<const char16_t *>(data), size / 2);
    if (size % 2)
        text.append(QChar::ReplacementCharacter);
    return text;
}

bool hasReplacementCharacters(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QChar::ReplacementCharacter)
            return true;
        if (c.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return true;
            ++i;
        } else if (c.isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

namespace {

quint32 readLe32(const QByteArray &bytes, qsizetype at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData()) + at;
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
}

// Inflates a zlib stream into exactly `expected` bytes, never more.
Result<QByteArray> inflateExactly(const QByteArray &compressed, qint64 expected)
{
    QByteArray out(qsizetype(expected) + 1, Qt::Uninitialized); // one spare byte detects excess
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK)
        return fail(Error::Code::Io, u"the decompressor cannot start"_s);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = inflate(&stream, Z_FINISH);
    const qint64 produced = qint64(stream.total_out);
    inflateEnd(&stream);
    if (result != Z_STREAM_END && result != Z_BUF_ERROR && result != Z_OK)
        return fail(Error::Code::Parse,
                    u"the compressed data is damaged (zlib error %1)"_s.arg(result));
    if (produced > expected)
        return fail(Error::Code::Parse,
                    u"the data decompresses to more than the %1 bytes announced"_s.arg(expected));
    if (result != Z_STREAM_END || produced != expected)
        return fail(
            Error::Code::Parse,
            u"the compressed data is cut short (%1 of %2 bytes)"_s.arg(produced).arg(expected));
    out.truncate(qsizetype(produced));
    return out;
}

} // namespace

Result<StoredAttachment> decodeAttachmentData(const QByteArray &fileData, qint64 maxSize)
{
    if (fileData.size() < 8)
        return fail(Error::Code::Parse,
                    u"the attachment data is %1 bytes long, too short for its header"_s.arg(
                        fileData.size()));
    const quint32 kind = readLe32(fileData, 0);
    const qint64 length = readLe32(fileData, 4);
    if (length > maxSize + 4096)
        return fail(
            Error::Code::Parse,
            u"the attachment announces %1 bytes, more than the %2 MB allowed"_s.arg(length).arg(
                maxSize / (1024 * 1024)));
    QByteArray decoded;
    if (kind == 1) {
        auto inflated = inflateExactly(fileData.mid(8), length);
        if (!inflated)
            return std::unexpected(inflated.error());
        decoded = *inflated;
    } else if (kind == 0) {
        if (fileData.size() - 8 < length)
            return fail(Error::Code::Parse, u"the attachment data is cut short (%1 of %2 bytes)"_s
                                                .arg(fileData.size() - 8)
                                                .arg(length));
        decoded = fileData.mid(8, qsizetype(length));
    } else {
        return fail(Error::Code::Parse, u"unknown attachment encoding %1"_s.arg(kind));
    }

    if (decoded.size() < 12)
        return fail(Error::Code::Parse, u"the attachment header is missing"_s);
    const qint64 headerLength = readLe32(decoded, 0);
    const qint64 extensionChars = readLe32(decoded, 8);
    if (headerLength < 12 || headerLength > decoded.size())
        return fail(Error::Code::Parse,
                    u"the attachment header length %1 does not fit its %2 bytes"_s.arg(headerLength)
                        .arg(decoded.size()));
    StoredAttachment attachment;
    if (extensionChars > 0 && 12 + extensionChars * 2 <= headerLength) {
        attachment.extension =
            QString::fromUtf16(reinterpret_cast<const char16_t *>(decoded.constData() + 12),
                               qsizetype(extensionChars));
        if (const qsizetype end = attachment.extension.indexOf(QChar(u'\0')); end >= 0)
            attachment.extension.truncate(end);
    }
    attachment.content = decoded.mid(qsizetype(headerLength));
    if (attachment.content.size() > maxSize)
        return fail(Error::Code::Parse,
                    u"the attachment holds %1 bytes, more than the %2 MB allowed"_s
                        .arg(attachment.content.size())
                        .arg(maxSize / (1024 * 1024)));
    return attachment;
}

} // namespace pes::access
