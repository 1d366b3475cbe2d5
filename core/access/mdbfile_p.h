// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the libmdb boundary (mdbfile.cpp, mdbrows.cpp): the handle,
// the Jet format constants and the helpers both files share.
#include "mdbfile.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

#include <iconv.h>

// mdbtools.h needs glib's declarations before it when compiled as C++.
#include <glib.h>
#include <mdbtools.h>

namespace pes::access {

// Row offset flags of a data page (the Jet format: 0x8000 deleted, 0x4000 the
// row moved to another page and this slot holds a pointer to it).
inline constexpr int deletedRow = 0x8000;
inline constexpr int overflowRow = 0x4000;
inline constexpr int offsetMask = 0x1fff;
inline constexpr int memoHeaderSize = 12;
// Guards against cycles in a damaged chain of long-value pages.
inline constexpr int maxLongValuePages = 1 << 16;

inline quint32 le32(const unsigned char *p)
{
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
}

QString typeName(int type);

// Frees a table definition read with mdb_read_table.
struct TableDef
{
    MdbTableDef *table = nullptr;
    ~TableDef()
    {
        if (table)
            mdb_free_tabledef(table);
    }
};

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
    // The files of an attachment column (mdbattachments.cpp), by the id its
    // rows hold: [{name, extension?, data (base64), size} or {name, reason, raw?}];
    // only their names without `withData`.
    // Nothing when the column is not an attachment column (multi-valued
    // fields) or its hidden table cannot be found.
    std::optional<QHash<qint32, QJsonArray>> attachmentFiles(MdbCatalogEntry *parent,
                                                             const MdbColumn *col, bool withData);
    Status forEachRow(MdbTableDef *table, qint64 limit,
                      const std::function<void(MdbField *fields)> &visit);
};

} // namespace pes::access
