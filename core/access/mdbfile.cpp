// SPDX-License-Identifier: GPL-3.0-or-later
#include "mdbfile.h"

#include "accessvalues.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QTime>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <iconv.h>

// mdbtools.h needs glib's declarations before it when compiled as C++.
#include <glib.h>
#include <mdbtools.h>

using namespace Qt::StringLiterals;

namespace pes::access {

namespace {

// Row offset flags of a data page (the Jet format: 0x8000 deleted, 0x4000 the
// row moved to another page and this slot holds a pointer to it).
constexpr int deletedRow = 0x8000;
constexpr int overflowRow = 0x4000;
constexpr int offsetMask = 0x1fff;
constexpr int memoHeaderSize = 12;
// Guards against cycles in a damaged chain of long-value pages.
constexpr int maxLongValuePages = 1 << 16;

quint32 le32(const unsigned char *p)
{
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
}

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

QString formatName(guint32 version)
{
    switch (version) {
    case MDB_VER_JET3:
        return u"Jet3"_s;
    case MDB_VER_JET4:
        return u"Jet4"_s;
    case MDB_VER_ACCDB_2007:
        return u"ACE12"_s;
    case MDB_VER_ACCDB_2010:
        return u"ACE14"_s;
    case MDB_VER_ACCDB_2013:
        return u"ACE15"_s;
    case MDB_VER_ACCDB_2016:
        return u"ACE16"_s;
    case MDB_VER_ACCDB_2019:
        return u"ACE17"_s;
    default:
        return u"unknown"_s;
    }
}

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

struct TableDef
{
    MdbTableDef *table = nullptr;
    ~TableDef()
    {
        if (table)
            mdb_free_tabledef(table);
    }
};

} // namespace

struct MdbFile::Private
{
    MdbHandle *mdb = nullptr;
    QString path;
    QString encoding; // Jet3 only
    iconv_t jet3 = iconv_t(-1);

    ~Private()
    {
        if (jet3 != iconv_t(-1))
            iconv_close(jet3);
        if (mdb)
            mdb_close(mdb);
    }

    bool isJet3() const { return mdb->f->jet_version == MDB_VER_JET3; }
    MdbCatalogEntry *table(const QString &name, int type = MDB_TABLE) const;
    QString decodeText(const QByteArray &bytes, const MdbColumn *col, QJsonArray &issues);
    Result<QByteArray> readLongValue(const unsigned char *header, int size);
    QJsonValue decode(const MdbColumn *col, const MdbField &field, QJsonArray &issues);
    Status forEachRow(MdbTableDef *table, qint64 limit,
                      const std::function<void(MdbField *fields)> &visit);
};

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
    if (col->col_type == MDB_BOOL)
        return !field.is_null; // a boolean lives in the null mask: set means true
    if (field.is_null)
        return QJsonValue::Null;

    const auto *p = static_cast<const unsigned char *>(field.value);
    int size = field.siz;
    QByteArray raw(reinterpret_cast<const char *>(p), qMax(size, 0));
    const bool calculated = mdb_col_get_prop(col, "Expression") != nullptr;
    QByteArray longValue;
    const bool textual = col->col_type == MDB_TEXT || col->col_type == MDB_MEMO;
    if (calculated && !textual) {
        // Calculated numbers, dates and booleans are stored in a layout libmdb
        // misreads; Access recomputes them from the other columns anyway.
        issues.append(issue(col,
                            u"calculated column (%1): value not read"_s.arg(
                                QString::fromUtf8(mdb_col_get_prop(col, "Expression"))),
                            raw));
        return {};
    }
    // A long calculated text is a memo, though libmdb reports it as text of size 0.
    if (calculated && (col->col_type == MDB_MEMO || col->col_size == 0)) {
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
        // A calculated column (Access 2010): the value follows a 20-byte header
        // whose last four bytes give its length.
        const quint32 length = size >= 20 ? le32(p + 16) : 0;
        if (size < 20 || length > quint32(size - 20)) {
            issues.append(issue(col,
                                u"calculated value stored in a layout this reader does not "
                                u"know"_s,
                                raw));
            return {};
        }
        p += 20;
        size = int(length);
        raw = QByteArray(reinterpret_cast<const char *>(p), size);
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
                if (mdb_find_row(mdb, pointer & 0xff, &start, &length) != 0 ||
                    (start & (deletedRow | overflowRow))) {
                    mdb_read_pg(mdb, page);
                    continue;
                }
            }
            start &= offsetMask;
            if (length == 0 || start + qsizetype(length) > pageSize) {
                if (moved)
                    mdb_read_pg(mdb, page);
                continue;
            }
            if (mdb_crack_row(table, start, length, fields) >= 0) {
                visit(fields);
                ++seen;
            }
            if (moved)
                mdb_read_pg(mdb, page);
        }
        // Long values are read through the second page buffer; make sure the
        // data page is current before asking for the next one.
        if (mdb->cur_pg != page)
            mdb_read_pg(mdb, page);
        if (limit >= 0 && seen >= limit)
            break;
    }
    return {};
}

MdbFile::MdbFile(std::unique_ptr<Private> p)
    : d(std::move(p))
{
}

MdbFile::~MdbFile() = default;

Status checkAccessHeader(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return fail(Error::Code::NotFound, u"%1: no such file"_s.arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, u"%1: cannot be read (%2)"_s.arg(path, file.errorString()));
    const QByteArray head = file.read(4096);
    if (head.startsWith(QByteArray::fromHex("d0cf11e0a1b11ae1")))
        return fail(Error::Code::Unsupported,
                    u"%1 is an Office compound document, as Access writes an encrypted "
                    u"(password-protected) database: remove the password in Access "
                    u"(File > Info > Decrypt Database) and import the decrypted copy"_s.arg(path));
    if (head.size() < 2048 ||
        head.mid(4, 15) != "Standard Jet DB" && head.mid(4, 15) != "Standard ACE DB")
        return fail(Error::Code::Unsupported,
                    u"%1 is not a Microsoft Access database (no Jet or ACE signature)"_s.arg(path));
    const qint64 pageSize =
        head.mid(4, 15) == "Standard Jet DB" && head.at(0x14) == 0 ? 2048 : 4096;
    if (file.size() % pageSize != 0 || file.size() < pageSize * 3)
        return fail(
            Error::Code::Parse,
            u"%1 is damaged: its size (%2 bytes) is not a whole number of %3-byte pages"_s.arg(path)
                .arg(file.size())
                .arg(pageSize));
    return {};
}

Result<std::unique_ptr<MdbFile>> MdbFile::open(const QString &path, const QString &encoding)
{
    PES_TRY(checkAccessHeader(path));

    auto d = std::make_unique<Private>();
    d->path = path;
    d->mdb = mdb_open(QFile::encodeName(path).constData(), MDB_NOFLAGS); // read-only
    if (!d->mdb)
        return fail(
            Error::Code::Parse,
            u"%1 cannot be opened: the file is damaged, or encrypted with a password"_s.arg(path));
    if (!mdb_read_catalog(d->mdb, MDB_ANY) || d->mdb->num_catalog == 0)
        return fail(
            Error::Code::Parse,
            u"%1: the list of tables cannot be read: the file is damaged, or encrypted "
            u"with a password (remove it in Access and import the decrypted copy)"_s.arg(path));

    if (d->isJet3()) {
        d->encoding = encoding;
        if (d->encoding.isEmpty()) {
            const int codePage = d->mdb->f->code_page;
            d->encoding = codePage > 0 && codePage != 1252 ? u"CP%1"_s.arg(codePage) : u"CP1252"_s;
        }
        d->jet3 = iconv_open("UTF-8", d->encoding.toLatin1().constData());
        if (d->jet3 == iconv_t(-1))
            return fail(
                Error::Code::InvalidArgument,
                u"unknown encoding “%1” (try CP1252, CP850, ISO-8859-15)"_s.arg(d->encoding));
    }
    return std::unique_ptr<MdbFile>(new MdbFile(std::move(d)));
}

QJsonObject MdbFile::databaseInfo() const
{
    QJsonObject info{{u"format"_s, formatName(d->mdb->f->jet_version)},
                     {u"jetVersion"_s, int(d->mdb->f->jet_version)},
                     {u"pageSize"_s, int(d->mdb->fmt->pg_size)},
                     {u"codePage"_s, int(d->mdb->f->code_page)}};
    if (d->isJet3())
        info.insert(u"encoding"_s, d->encoding);
    return info;
}

Result<QJsonArray> MdbFile::tables()
{
    QJsonArray tables;
    for (guint i = 0; i < d->mdb->num_catalog; ++i) {
        auto *entry = static_cast<MdbCatalogEntry *>(g_ptr_array_index(d->mdb->catalog, i));
        if (entry->object_type != MDB_TABLE || !mdb_is_user_table(entry))
            continue;
        const QString name = QString::fromUtf8(entry->object_name);
        TableDef def{mdb_read_table(entry)};
        if (!def.table || !mdb_read_columns(def.table)) {
            tables.append(QJsonObject{{u"name"_s, name},
                                      {u"error"_s, u"the table definition cannot be read"_s}});
            continue;
        }
        mdb_read_indices(def.table);

        QJsonArray columns;
        for (guint c = 0; c < def.table->num_cols; ++c) {
            auto *col = static_cast<MdbColumn *>(g_ptr_array_index(def.table->columns, c));
            QJsonObject column{{u"name"_s, QString::fromUtf8(col->name)},
                               {u"type"_s, typeName(col->col_type)},
                               {u"size"_s, col->col_size}};
            if (col->col_type == MDB_NUMERIC) {
                column.insert(u"precision"_s, col->col_scale); // swapped in libmdb's struct
                column.insert(u"scale"_s, col->col_prec);
            }
            if (col->is_long_auto)
                column.insert(u"autoNumber"_s, true);
            if (const char *expression = mdb_col_get_prop(col, "Expression"))
                column.insert(u"calculated"_s, QString::fromUtf8(expression));
            const std::pair<const char *, QString> properties[] = {
                {"RowSource", u"rowSource"_s},
                {"Description", u"description"_s},
                {"Format", u"format"_s}};
            for (const auto &[property, key] : properties) {
                if (const char *value = mdb_col_get_prop(col, property))
                    column.insert(key, QString::fromUtf8(value));
            }
            columns.append(column);
        }

        QJsonArray primaryKey;
        for (guint x = 0; def.table->indices && x < def.table->indices->len; ++x) {
            auto *index = static_cast<MdbIndex *>(g_ptr_array_index(def.table->indices, x));
            if (index->index_type != 1)
                continue;
            for (guint k = 0; k < index->num_keys && k < MDB_MAX_IDX_COLS; ++k) {
                const int number = index->key_col_num[k] - 1;
                if (number >= 0 && guint(number) < def.table->num_cols)
                    primaryKey.append(QString::fromUtf8(
                        static_cast<MdbColumn *>(g_ptr_array_index(def.table->columns, number))
                            ->name));
            }
        }
        tables.append(QJsonObject{{u"name"_s, name},
                                  {u"rows"_s, qint64(def.table->num_rows)},
                                  {u"columns"_s, columns},
                                  {u"primaryKey"_s, primaryKey}});
    }
    return tables;
}

Result<QJsonArray> MdbFile::linkedTables()
{
    MdbCatalogEntry *entry = d->table(u"MSysObjects"_s);
    if (!entry)
        return QJsonArray();
    TableDef def{mdb_read_table(entry)};
    if (!def.table || !mdb_read_columns(def.table))
        return fail(Error::Code::Parse, u"MSysObjects cannot be read"_s);
    QHash<QString, int> at;
    for (guint c = 0; c < def.table->num_cols; ++c)
        at.insert(QString::fromUtf8(
                      static_cast<MdbColumn *>(g_ptr_array_index(def.table->columns, c))->name),
                  int(c));
    for (const char *needed : {"Type", "Name", "Database", "ForeignName", "Connect"}) {
        if (!at.contains(QString::fromLatin1(needed)))
            return QJsonArray();
    }

    QJsonArray linked;
    QJsonArray ignored;
    PES_TRY(d->forEachRow(def.table, -1, [&](MdbField *fields) {
        auto value = [&](const char *name) {
            const int c = at.value(QString::fromLatin1(name));
            return d->decode(static_cast<MdbColumn *>(g_ptr_array_index(def.table->columns, c)),
                             fields[c], ignored);
        };
        const int type = value("Type").toInt();
        if (type != 4 && type != 6) // 6: another Access file, 4: an ODBC source
            return;
        QJsonObject table{{u"name"_s, value("Name").toString()},
                          {u"foreignName"_s, value("ForeignName").toString()}};
        if (const QString database = value("Database").toString(); !database.isEmpty())
            table.insert(u"database"_s, database);
        if (const QString connect = value("Connect").toString(); !connect.isEmpty())
            table.insert(u"connect"_s, connect);
        linked.append(table);
    }));
    return linked;
}

Result<QJsonArray> MdbFile::relationships()
{
    MdbCatalogEntry *entry = d->table(u"MSysRelationships"_s);
    if (!entry)
        return QJsonArray();
    TableDef def{mdb_read_table(entry)};
    if (!def.table || !mdb_read_columns(def.table))
        return fail(Error::Code::Parse, u"MSysRelationships cannot be read"_s);
    QHash<QString, int> at;
    for (guint c = 0; c < def.table->num_cols; ++c)
        at.insert(QString::fromUtf8(
                      static_cast<MdbColumn *>(g_ptr_array_index(def.table->columns, c))->name),
                  int(c));

    QMap<QString, QJsonObject> byName;
    QJsonArray ignored;
    PES_TRY(d->forEachRow(def.table, -1, [&](MdbField *fields) {
        auto value = [&](const char *name) -> QJsonValue {
            const auto it = at.constFind(QString::fromLatin1(name));
            if (it == at.cend())
                return {};
            return d->decode(static_cast<MdbColumn *>(g_ptr_array_index(def.table->columns, *it)),
                             fields[*it], ignored);
        };
        const QString name = value("szRelationship").toString();
        QJsonObject relation = byName.value(name);
        relation.insert(u"name"_s, name);
        relation.insert(u"table"_s, value("szObject").toString());
        relation.insert(u"referencedTable"_s, value("szReferencedObject").toString());
        relation.insert(u"flags"_s, value("grbit").toInteger());
        QJsonArray columns = relation.value(u"columns"_s).toArray();
        QJsonArray referenced = relation.value(u"referencedColumns"_s).toArray();
        const int position = value("icolumn").toInt();
        while (columns.size() <= position) {
            columns.append(QString());
            referenced.append(QString());
        }
        columns[position] = value("szColumn").toString();
        referenced[position] = value("szReferencedColumn").toString();
        relation.insert(u"columns"_s, columns);
        relation.insert(u"referencedColumns"_s, referenced);
        byName.insert(name, relation);
    }));
    QJsonArray relations;
    for (const QJsonObject &relation : std::as_const(byName)) {
        // Access keeps relationships between its own system tables here too.
        if (!relation.value(u"table"_s).toString().startsWith(u"MSys"_s))
            relations.append(relation);
    }
    return relations;
}

Result<QStringList> MdbFile::columnNames(const QString &name)
{
    MdbCatalogEntry *entry = d->table(name);
    if (!entry)
        entry = d->table(name, MDB_SYSTEM_TABLE);
    if (!entry)
        return fail(Error::Code::NotFound, u"no table “%1” in %2"_s.arg(name, d->path));
    TableDef def{mdb_read_table(entry)};
    if (!def.table || !mdb_read_columns(def.table))
        return fail(Error::Code::Parse, u"the definition of table “%1” cannot be read"_s.arg(name));
    QStringList names;
    for (guint c = 0; c < def.table->num_cols; ++c)
        names.append(QString::fromUtf8(
            static_cast<MdbColumn *>(g_ptr_array_index(def.table->columns, c))->name));
    return names;
}

Status MdbFile::readRows(const QString &name, qint64 limit, const RowSink &sink)
{
    MdbCatalogEntry *entry = d->table(name);
    if (!entry)
        entry = d->table(name, MDB_SYSTEM_TABLE);
    if (!entry)
        return fail(Error::Code::NotFound, u"no table “%1” in %2"_s.arg(name, d->path));
    TableDef def{mdb_read_table(entry)};
    if (!def.table || !mdb_read_columns(def.table))
        return fail(Error::Code::Parse, u"the definition of table “%1” cannot be read"_s.arg(name));

    const guint count = def.table->num_cols;
    return d->forEachRow(def.table, limit, [&](MdbField *fields) {
        QJsonArray values;
        QJsonArray issues;
        for (guint c = 0; c < count; ++c) {
            auto *col = static_cast<MdbColumn *>(g_ptr_array_index(def.table->columns, c));
            values.append(d->decode(col, fields[c], issues));
        }
        sink(values, issues);
    });
}

} // namespace pes::access
