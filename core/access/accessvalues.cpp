// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessvalues.h"

#include <QDate>
#include <QTime>

#include <cmath>

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

} // namespace pes::access
