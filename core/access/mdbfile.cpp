// SPDX-License-Identifier: GPL-3.0-or-later
#include "mdbfile_p.h"

#include <QFile>
#include <QHash>
#include <QMap>

using namespace Qt::StringLiterals;

namespace pes::access {

namespace {

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

} // namespace

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

Status MdbFile::readRows(const QString &name, qint64 limit, const RowSink &sink, bool withFiles)
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
    // Attachment columns: their files are read first, from their hidden tables.
    QHash<guint, QHash<qint32, QJsonArray>> attachments;
    for (guint c = 0; c < count; ++c) {
        auto *col = static_cast<MdbColumn *>(g_ptr_array_index(def.table->columns, c));
        if (col->col_type == MDB_COMPLEX) {
            if (auto files = d->attachmentFiles(entry, col, withFiles))
                attachments.insert(c, std::move(*files));
        }
    }
    return d->forEachRow(def.table, limit, [&](MdbField *fields) {
        QJsonArray values;
        QJsonArray issues;
        for (guint c = 0; c < count; ++c) {
            auto *col = static_cast<MdbColumn *>(g_ptr_array_index(def.table->columns, c));
            const auto files = attachments.constFind(c);
            if (files == attachments.cend()) {
                values.append(d->decode(col, fields[c], issues));
            } else if (fields[c].is_null || fields[c].siz < 4) {
                values.append(QJsonValue::Null);
            } else {
                // The row holds the id of its list of files.
                const qint32 id = qint32(le32(static_cast<const unsigned char *>(fields[c].value)));
                const QJsonArray list = files->value(id);
                values.append(list.isEmpty() ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(QJsonObject{{u"attachments"_s, list}}));
            }
        }
        sink(values, issues);
    });
}

} // namespace pes::access
