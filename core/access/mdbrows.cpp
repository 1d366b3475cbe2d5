// SPDX-License-Identifier: GPL-3.0-or-later
// Reading rows: walking a table's data pages and decoding each value from its bytes.
#include "mdbfile_p.h"

#include "accessvalues.h"

#include <QDate>
#include <QTime>

#include <charconv>
#include <cstring>

using namespace Qt::StringLiterals;

namespace pes::access {

namespace {

QString guidText(const unsigned char *p)
{
    // The first three groups are stored little-endian.
    return u"{%1-%2-%3-%4-%5}"_s.arg(le32(p), 8, 16, QChar(u'0'))
        .arg(quint32(p[4] | p[5] << 8), 4, 16, QChar(u'0'))
        .arg(quint32(p[6] | p[7] << 8), 4, 16, QChar(u'0'))
        .arg(QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(p + 8), 2).toHex()))
        .arg(QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(p + 10), 6).toHex()))
        .toUpper();
}

QJsonObject issue(const MdbColumn *col, const QString &reason, const QByteArray &raw = {})
{
    QJsonObject o{{u"column"_s, QString::fromUtf8(col->name)}, {u"reason"_s, reason}};
    if (!raw.isEmpty())
        o.insert(u"raw"_s, QString::fromLatin1(raw.left(64).toHex()));
    return o;
}

} // namespace

QString typeName(int type)
{
    switch (type) {
    case MDB_BOOL:
        return u"boolean"_s;
    case MDB_BYTE:
        return u"byte"_s;
    case MDB_INT:
        return u"integer"_s;
    case MDB_LONGINT:
        return u"longInteger"_s;
    case MDB_MONEY:
        return u"currency"_s;
    case MDB_FLOAT:
        return u"single"_s;
    case MDB_DOUBLE:
        return u"double"_s;
    case MDB_DATETIME:
        return u"dateTime"_s;
    case MDB_BINARY:
        return u"binary"_s;
    case MDB_TEXT:
        return u"text"_s;
    case MDB_OLE:
        return u"ole"_s;
    case MDB_MEMO:
        return u"memo"_s;
    case MDB_REPID:
        return u"replicationId"_s;
    case MDB_NUMERIC:
        return u"decimal"_s;
    case MDB_COMPLEX:
        return u"complex"_s;
    case 0x14:
        return u"dateTimeExtended"_s;
    default:
        return u"unknown(0x%1)"_s.arg(type, 2, 16, QChar(u'0'));
    }
}

MdbCatalogEntry *MdbFile::Private::table(const QString &name, int type) const
{
    const QByteArray wanted = name.toUtf8();
    for (guint i = 0; i < mdb->num_catalog; ++i) {
        auto *entry = static_cast<MdbCatalogEntry *>(g_ptr_array_index(mdb->catalog, i));
        if (entry->object_type == type && wanted == entry->object_name)
            return entry;
    }
    return nullptr;
}

QString MdbFile::Private::decodeText(const QByteArray &bytes, const MdbColumn *col,
                                     QJsonArray &issues)
{
    QString text;
    if (!isJet3()) {
        text = decodeJet4Text(bytes);
    } else {
        // Jet3 text is in a code page; decode it byte run by byte run so that a
        // byte with no character in it is reported rather than dropped.
        QByteArray out(bytes.size() * 4 + 4, Qt::Uninitialized);
        char *in = const_cast<char *>(bytes.constData());
        size_t inLeft = size_t(bytes.size());
        QByteArray utf8;
        iconv(jet3, nullptr, nullptr, nullptr, nullptr);
        while (inLeft > 0) {
            char *o = out.data();
            size_t outLeft = size_t(out.size());
            const size_t r = iconv(jet3, &in, &inLeft, &o, &outLeft);
            utf8.append(out.constData(), o - out.constData());
            if (r == size_t(-1) && inLeft > 0) {
                utf8.append("\xEF\xBF\xBD"); // U+FFFD
                ++in;
                --inLeft;
            }
        }
        text = QString::fromUtf8(utf8);
    }
    if (hasReplacementCharacters(text))
        issues.append(issue(col,
                            u"characters that cannot be decoded%1 were replaced by U+FFFD"_s.arg(
                                isJet3() ? u" in " + encoding : QString()),
                            bytes));
    return text;
}

Result<QByteArray> MdbFile::Private::readLongValue(const unsigned char *header, int size)
{
    if (size < memoHeaderSize)
        return fail(Error::Code::Parse, u"long value header is %1 bytes long"_s.arg(size));
    const quint32 word = le32(header);
    const quint32 length = word & 0x3fffffff;
    const qint32 pointer = qint32(le32(header + 4));
    const qsizetype pageSize = mdb->fmt->pg_size;

    if (word & 0x80000000) { // stored in the row itself
        if (qsizetype(length) > size - memoHeaderSize)
            return fail(Error::Code::Parse, u"inline long value runs past its row"_s);
        return QByteArray(reinterpret_cast<const char *>(header + memoHeaderSize), length);
    }
    if ((word & 0xc0000000) == 0x80000000 || (word & 0xff000000 & ~0xc0000000u) != 0)
        return fail(Error::Code::Parse, u"unknown long value flags 0x%1"_s.arg(word, 8, 16));

    QByteArray value;
    value.reserve(length);
    const bool singlePage = word & 0x40000000;
    qint32 next = pointer;
    for (int pages = 0; value.size() < qsizetype(length); ++pages) {
        if (next == 0 || pages >= maxLongValuePages)
            return fail(
                Error::Code::Parse,
                u"long value chain ends after %1 of %2 bytes"_s.arg(value.size()).arg(length));
        void *buffer = nullptr;
        int offset = 0;
        size_t rowLength = 0;
        if (mdb_find_pg_row(mdb, next, &buffer, &offset, &rowLength) != 0)
            return fail(Error::Code::Parse, u"long value page %1 cannot be read"_s.arg(next >> 8));
        offset &= offsetMask;
        if (offset + qsizetype(rowLength) > pageSize || rowLength > size_t(pageSize))
            return fail(Error::Code::Parse, u"long value row runs past its page"_s);
        const auto *row = static_cast<const unsigned char *>(buffer) + offset;
        if (singlePage) {
            value.append(reinterpret_cast<const char *>(row),
                         qMin(qsizetype(rowLength), qsizetype(length)));
            break;
        }
        if (rowLength < 4)
            return fail(Error::Code::Parse, u"long value page row too short"_s);
        next = qint32(le32(row));
        value.append(reinterpret_cast<const char *>(row + 4),
                     qMin(qsizetype(rowLength) - 4, qsizetype(length) - value.size()));
    }
    if (value.size() != qsizetype(length))
        return fail(Error::Code::Parse,
                    u"long value has %1 of its %2 bytes"_s.arg(value.size()).arg(length));
    return value;
}

QJsonValue MdbFile::Private::decode(const MdbColumn *col, const MdbField &field, QJsonArray &issues)
{
    const bool calculated = mdb_col_get_prop(col, "Expression") != nullptr;
    if (col->col_type == MDB_BOOL && !calculated)
        return !field.is_null; // a boolean lives in the null mask: set means true
    if (field.is_null)
        return QJsonValue::Null;

    const auto *p = static_cast<const unsigned char *>(field.value);
    int size = field.siz;
    QByteArray raw(reinterpret_cast<const char *>(p), qMax(size, 0));
    QByteArray longValue;
    const bool textual = col->col_type == MDB_TEXT || col->col_type == MDB_MEMO;
    // A long calculated text is a memo, though libmdb reports it as text of size 0.
    if (calculated && textual && (col->col_type == MDB_MEMO || col->col_size == 0)) {
        auto value = readLongValue(p, size);
        if (!value) {
            issues.append(issue(col, value.error().message, raw));
            return {};
        }
        longValue = *value;
        p = reinterpret_cast<const unsigned char *>(longValue.constData());
        size = int(longValue.size());
        raw = longValue;
    }
    if (calculated) {
        // A calculated column (Access 2010 and later): the value follows a
        // 20-byte header whose last four bytes give its length. Only text is
        // read: for numbers and dates the stored type can differ from the
        // column's (a currency in a "double" column), so they are reported.
        const quint32 length = size >= 20 ? le32(p + 16) : 0;
        const bool fits = size >= 20 && length <= quint32(size - 20);
        if (!fits || !textual) {
            issues.append(issue(
                col,
                u"calculated column (%1): value not read (Access computes it from "
                u"the other columns)"_s.arg(QString::fromUtf8(mdb_col_get_prop(col, "Expression"))),
                raw));
            return {};
        }
        p += 20;
        size = int(length);
        raw = QByteArray(reinterpret_cast<const char *>(p), size);
        if (textual)
            return decodeText(raw, col, issues);
    }
    auto needs = [&](int bytes) {
        if (size >= bytes)
            return true;
        issues.append(
            issue(col, u"value is %1 bytes long, %2 expected"_s.arg(size).arg(bytes), raw));
        return false;
    };

    switch (col->col_type) {
    case MDB_BYTE:
        return needs(1) ? QJsonValue(int(p[0])) : QJsonValue();
    case MDB_INT:
        return needs(2) ? QJsonValue(int(qint16(p[0] | p[1] << 8))) : QJsonValue();
    case MDB_LONGINT:
        return needs(4) ? QJsonValue(qint64(qint32(le32(p)))) : QJsonValue();
    case MDB_MONEY: {
        if (!needs(8))
            return {};
        const qint64 v = qint64(quint64(le32(p)) | quint64(le32(p + 4)) << 32);
        return currencyToText(v);
    }
    case MDB_FLOAT: {
        if (!needs(4))
            return {};
        float f;
        std::memcpy(&f, p, 4);
        // The shortest text that reads back as this float, so 0.1f stays 0.1.
        char buffer[32];
        const auto end = std::to_chars(buffer, buffer + sizeof buffer, f).ptr;
        return QByteArray(buffer, end - buffer).toDouble();
    }
    case MDB_DOUBLE: {
        if (!needs(8))
            return {};
        double d;
        std::memcpy(&d, p, 8);
        return d;
    }
    case MDB_DATETIME: {
        if (!needs(8))
            return {};
        double d;
        std::memcpy(&d, p, 8);
        if (auto iso = accessDateToIso(d))
            return *iso;
        issues.append(
            issue(col, u"date outside years 100 to 9999 (stored number %1)"_s.arg(d), raw));
        return {};
    }
    case MDB_TEXT:
        return decodeText(raw, col, issues);
    case MDB_MEMO:
    case MDB_OLE: {
        auto value = readLongValue(p, size);
        if (!value) {
            issues.append(issue(col, value.error().message, raw));
            return {};
        }
        if (col->col_type == MDB_MEMO)
            return decodeText(*value, col, issues);
        return QJsonObject{{u"binary"_s, QString::fromLatin1(value->toBase64())},
                           {u"size"_s, value->size()}};
    }
    case MDB_BINARY:
        return QJsonObject{{u"binary"_s, QString::fromLatin1(raw.toBase64())},
                           {u"size"_s, raw.size()}};
    case MDB_REPID:
        return needs(16) ? QJsonValue(guidText(p)) : QJsonValue();
    case MDB_NUMERIC: {
        // libmdb fills col_prec and col_scale the wrong way round: col_prec holds the scale.
        if (auto text = numericToText(raw, col->col_prec))
            return *text;
        issues.append(issue(col, u"decimal value cannot be decoded"_s, raw));
        return {};
    }
    case 0x14: { // Date/Time Extended (Access 2019): "days:ticks:precision" in ASCII
        const QList<QByteArray> parts =
            raw.left(raw.indexOf('\0') < 0 ? raw.size() : raw.indexOf('\0')).split(':');
        bool daysOk = false, ticksOk = false;
        const qint64 days = parts.value(0).toLongLong(&daysOk);
        const qint64 ticks = parts.value(1).toLongLong(&ticksOk); // 100 ns units
        const QDate date = QDate(1, 1, 1).addDays(days);
        if (parts.size() < 2 || !daysOk || !ticksOk || !date.isValid() || ticks < 0 ||
            ticks >= 864'000'000'000LL) {
            issues.append(issue(col, u"extended date cannot be decoded"_s, raw));
            return {};
        }
        const qint64 seconds = ticks / 10'000'000;
        const qint64 fraction = ticks % 10'000'000;
        QString text = date.toString(u"yyyy-MM-dd"_s) + u'T' +
                       QTime(0, 0).addSecs(int(seconds)).toString(u"HH:mm:ss"_s);
        if (fraction)
            text += u".%1"_s.arg(fraction, 7, 10, QChar(u'0'));
        return text;
    }
    case MDB_COMPLEX:
        issues.append(issue(col,
                            u"attachment or multi-valued field: not read (stored in a hidden "
                            u"table)"_s,
                            raw));
        return {};
    default:
        issues.append(
            issue(col, u"column type %1 is not supported"_s.arg(typeName(col->col_type)), raw));
        return {};
    }
}

Status MdbFile::Private::forEachRow(MdbTableDef *table, qint64 limit,
                                    const std::function<void(MdbField *fields)> &visit)
{
    MdbField fields[MDB_MAX_COLS];
    const int rowCountOffset = mdb->fmt->row_count_offset;
    const int pageSize = int(mdb->fmt->pg_size);
    qint64 seen = 0;

    // Puts the data page back in the page buffer after reading a moved row
    // (mdb_read_pg skips the read when it believes the page is already there).
    auto restore = [&](guint32 page) {
        mdb->cur_pg = 0;
        mdb_read_pg(mdb, page);
    };

    mdb_rewind_table(table);
    if (table->num_rows == 0)
        return {};
    while (mdb_read_next_dpg(table)) {
        const guint32 page = table->cur_phys_pg;
        const int rows = mdb_get_int16(mdb->pg_buf, rowCountOffset);
        for (int row = 0; row < rows && (limit < 0 || seen < limit); ++row) {
            int start = 0;
            size_t length = 0;
            if (mdb_find_row(mdb, row, &start, &length) != 0)
                continue;
            if (start & deletedRow)
                continue;
            bool moved = false;
            if (start & overflowRow) {
                // The slot points at the row's new place: read that page instead.
                const int at = start & offsetMask;
                if (at + 4 > pageSize)
                    continue;
                const qint32 pointer = qint32(le32(mdb->pg_buf + at));
                if (mdb_read_alt_pg(mdb, pointer >> 8) != pageSize)
                    continue;
                mdb_swap_pgbuf(mdb);
                moved = true;
                // Access marks the moved row itself as deleted so that scans skip
                // it where it lies; it is read here, through its pointer, only.
                // A pointer to another pointer is not followed.
                if (mdb_find_row(mdb, pointer & 0xff, &start, &length) != 0 ||
                    (start & overflowRow)) {
                    restore(page);
                    continue;
                }
            }
            start &= offsetMask;
            if (length == 0 || start + qsizetype(length) > pageSize) {
                if (moved)
                    restore(page);
                continue;
            }
            if (mdb_crack_row(table, start, length, fields) >= 0) {
                visit(fields);
                ++seen;
            }
            if (moved)
                restore(page);
        }
        if (limit >= 0 && seen >= limit)
            break;
    }
    return {};
}

} // namespace pes::access
