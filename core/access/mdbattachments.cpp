// SPDX-License-Identifier: GPL-3.0-or-later
// Access 2007+ attachment columns: the files of each row live in a hidden
// "flat" table that MSysComplexColumns names; the row itself holds an id.
#include "mdbfile_p.h"

#include "accessvalues.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace pes::access {

namespace {

MdbColumn *columnAt(MdbTableDef *table, guint c)
{
    return static_cast<MdbColumn *>(g_ptr_array_index(table->columns, c));
}

QHash<QString, int> columnIndex(MdbTableDef *table)
{
    QHash<QString, int> at;
    for (guint c = 0; c < table->num_cols; ++c)
        at.insert(QString::fromUtf8(columnAt(table, c)->name), int(c));
    return at;
}

} // namespace

std::optional<QHash<qint32, QJsonArray>>
MdbFile::Private::attachmentFiles(MdbCatalogEntry *parent, const MdbColumn *col, bool withData)
{
    MdbCatalogEntry *complexEntry = table(u"MSysComplexColumns"_s);
    if (!complexEntry)
        return std::nullopt;
    TableDef complex{mdb_read_table(complexEntry)};
    if (!complex.table || !mdb_read_columns(complex.table))
        return std::nullopt;
    const QHash<QString, int> complexAt = columnIndex(complex.table);
    for (const char *needed : {"ColumnName", "FlatTableID", "ConceptualTableID"}) {
        if (!complexAt.contains(QString::fromLatin1(needed)))
            return std::nullopt;
    }

    // The flat table of this column of this table.
    const QString columnName = QString::fromUtf8(col->name);
    qint64 flatId = -1;
    QJsonArray ignored;
    const Status scanned = forEachRow(complex.table, -1, [&](MdbField *fields) {
        auto value = [&](const char *name) {
            const int c = complexAt.value(QString::fromLatin1(name));
            return decode(columnAt(complex.table, guint(c)), fields[c], ignored);
        };
        if (value("ColumnName").toString() == columnName &&
            value("ConceptualTableID").toInteger() == qint64(parent->table_pg))
            flatId = value("FlatTableID").toInteger();
    });
    if (!scanned || flatId < 0)
        return std::nullopt;

    MdbCatalogEntry *flatEntry = nullptr;
    for (guint i = 0; i < mdb->num_catalog; ++i) {
        auto *entry = static_cast<MdbCatalogEntry *>(g_ptr_array_index(mdb->catalog, i));
        if (entry->object_type == MDB_TABLE && qint64(entry->table_pg) == flatId)
            flatEntry = entry;
    }
    if (!flatEntry)
        return std::nullopt;
    TableDef flat{mdb_read_table(flatEntry)};
    if (!flat.table || !mdb_read_columns(flat.table))
        return std::nullopt;
    const QHash<QString, int> flatAt = columnIndex(flat.table);
    // Not an attachment column (a multi-valued field has a "value" column instead).
    if (!flatAt.contains(u"FileData"_s) || !flatAt.contains(u"FileName"_s))
        return std::nullopt;

    // The column holding the parent row's id: the long integer that is not the
    // flat table's own autonumber nor FileFlags; Access names it "_<column>".
    int foreignKey = flatAt.value(u"_"_s + columnName, -1);
    if (foreignKey < 0) {
        for (guint c = 0; c < flat.table->num_cols; ++c) {
            const MdbColumn *candidate = columnAt(flat.table, c);
            if (candidate->col_type == MDB_LONGINT && !candidate->is_long_auto &&
                qstrcmp(candidate->name, "FileFlags") != 0)
                foreignKey = int(c);
        }
    }
    if (foreignKey < 0)
        return std::nullopt;

    const int dataAt = flatAt.value(u"FileData"_s);
    const int nameAt = flatAt.value(u"FileName"_s);
    const int urlAt = flatAt.value(u"FileURL"_s, -1);
    QHash<qint32, QJsonArray> files;
    const Status read = forEachRow(flat.table, -1, [&](MdbField *fields) {
        QJsonArray issues;
        const QJsonValue owner =
            decode(columnAt(flat.table, guint(foreignKey)), fields[foreignKey], issues);
        if (!owner.isDouble())
            return;
        QString name =
            decode(columnAt(flat.table, guint(nameAt)), fields[nameAt], issues).toString();
        QJsonObject file{{u"name"_s, name}};
        const MdbField &data = fields[dataAt];
        if (!withData) {
            // names only
        } else if (data.is_null) {
            const QString url =
                urlAt < 0
                    ? QString()
                    : decode(columnAt(flat.table, guint(urlAt)), fields[urlAt], issues).toString();
            file.insert(u"reason"_s,
                        url.isEmpty()
                            ? u"the attachment holds no data"_s
                            : u"the attachment is a link (%1), not a stored file"_s.arg(url));
        } else {
            auto bytes = readLongValue(static_cast<const unsigned char *>(data.value), data.siz);
            auto decoded = bytes ? decodeAttachmentData(*bytes)
                                 : Result<StoredAttachment>(std::unexpected(bytes.error()));
            if (!decoded) {
                file.insert(u"reason"_s, decoded.error().message);
                if (bytes)
                    file.insert(u"raw"_s, QString::fromLatin1(bytes->left(64).toHex()));
            } else {
                if (!decoded->extension.isEmpty())
                    file.insert(u"extension"_s, decoded->extension);
                file.insert(u"data"_s, QString::fromLatin1(decoded->content.toBase64()));
                file.insert(u"size"_s, decoded->content.size());
            }
        }
        files[qint32(owner.toInteger())].append(file);
    });
    if (!read)
        return std::nullopt;
    return files;
}

} // namespace pes::access
