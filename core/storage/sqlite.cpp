// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlite.h"

#include "logging.h"

#include <QScopeGuard>
#include <QStringEncoder>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace pes::sql {

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, const QString &value)
{
    return bind(index, QStringView(value));
}

Statement &Statement::bind(int index, QStringView value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return *this;
    }
    // Bound as UTF-8, the database's encoding: Qt's converter is faster than
    // SQLite's, which would otherwise translate every UTF-16 value when storing
    // it or handing it to the full-text tokenizer. The text is copied once into
    // memory that SQLite owns and frees.
    QStringEncoder encoder(QStringEncoder::Utf8);
    const qsizetype length = value.size();
    auto *utf8 =
        static_cast<char *>(sqlite3_malloc64(sqlite3_uint64(encoder.requiredSpace(length)) + 1));
    if (!utf8) {
        sqlite3_bind_text16(m_stmt, index, value.utf16(), int(length * sizeof(char16_t)),
                            SQLITE_TRANSIENT); // SQLite reports the lack of memory itself
        return *this;
    }
    char *end = encoder.appendToBuffer(utf8, value);
    *end = '\0';
    sqlite3_bind_text64(m_stmt, index, utf8, sqlite3_uint64(end - utf8), sqlite3_free, SQLITE_UTF8);
    return *this;
}

Statement &Statement::bind(int index, const char *utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8, -1, SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (blob.isNull())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bind(int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return bindNull(index);
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    default:
        return value.isNull() ? bindNull(index) : bind(index, value.toString());
    }
}

Result<bool> Statement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const Error error = m_db->error(QString::fromUtf8(sqlite3_sql(m_stmt)).simplified().left(80));
    sqlite3_reset(m_stmt);
    return std::unexpected(error);
}

Status Statement::run()
{
    auto stepped = next();
    reset();
    if (!stepped)
        return std::unexpected(stepped.error());
    return {};
}

QString Statement::text(int column) const
{
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
    if (!data)
        return {};
    const int bytes = sqlite3_column_bytes16(m_stmt, column);
    return QString(reinterpret_cast<const QChar *>(data), bytes / 2);
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

Database::~Database()
{
    close();
}

Status Database::open(const QString &path, Mode mode)
{
    close();
    int flags = SQLITE_OPEN_FULLMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message =
            m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return fail(rc == SQLITE_CANTOPEN ? Error::Code::NotFound : Error::Code::Storage,
                    u"cannot open %1: %2"_s.arg(path, message));
    }
    m_path = path;
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    return {};
}

void Database::close()
{
    m_statements.clear(); // finalizes our statements; SQLite's own (FTS5's) go with the close
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Status Database::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = message ? QString::fromUtf8(message) : lastError();
        sqlite3_free(message);
        qCWarning(lcCore) << "SQL failed:" << text << sql.simplified().left(120);
        return fail(Error::Code::Storage, u"the replica database refused a change: %1"_s.arg(text));
    }
    return {};
}

Result<Statement *> Database::prepare(const QString &sql)
{
    if (auto it = m_statements.find(sql); it != m_statements.end())
        return it->second.get();
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(error(u"preparing “%1”"_s.arg(sql.simplified().left(80))));
    auto owned = std::make_unique<Statement>(stmt, this);
    Statement *raw = owned.get();
    m_statements.emplace(sql, std::move(owned));
    return raw;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &bindings)
{
    auto statement = prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    Query query(**statement);
    for (int i = 0; i < bindings.size(); ++i)
        query->bind(i + 1, bindings.at(i));
    auto row = query->next();
    if (!row)
        return std::unexpected(row.error());
    if (!*row || query->isNull(0))
        return QVariant();
    switch (sqlite3_column_type(query->handle(), 0)) {
    case SQLITE_INTEGER:
        return QVariant(query->integer(0));
    case SQLITE_FLOAT:
        return QVariant(query->real(0));
    default:
        return QVariant(query->text(0));
    }
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return m_db && !sqlite3_get_autocommit(m_db);
}

Status Database::backupTo(const QString &path)
{
    if (!m_db)
        return fail(Error::Code::Storage, u"cannot back up: the database is not open"_s);
    if (inTransaction())
        return fail(
            Error::Code::Conflict,
            u"cannot back up %1 in the middle of a change; try again once it is saved"_s.arg(
                m_path));

    sqlite3 *target = nullptr;
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &target,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    auto closeTarget = qScopeGuard([&] { sqlite3_close_v2(target); });
    if (rc != SQLITE_OK)
        return fail(Error::Code::Io,
                    u"cannot create %1: %2"_s.arg(path, QString::fromUtf8(sqlite3_errstr(rc))));

    sqlite3_backup *backup = sqlite3_backup_init(target, "main", m_db, "main");
    if (!backup)
        return fail(Error::Code::Storage, u"cannot start the backup of %1: %2"_s.arg(
                                              m_path, QString::fromUtf8(sqlite3_errmsg(target))));
    // All pages in one step, under one read transaction: a snapshot other
    // writers cannot disturb. Busy only while a writer recovers or
    // checkpoints the WAL, so wait a little and try again.
    for (int attempt = 0; attempt < 200; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(25);
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return fail(Error::Code::Storage, u"the backup of %1 failed: %2"_s.arg(
                                              m_path, QString::fromUtf8(sqlite3_errstr(rc))));

    char *message = nullptr;
    rc = sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return fail(Error::Code::Storage, u"cannot finish the backup in %1: %2"_s.arg(path, text));
    }
    return {};
}

void Database::interrupt()
{
    if (m_db)
        sqlite3_interrupt(m_db);
}

QString Database::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : u"database not open"_s;
}

Error Database::error(const QString &context) const
{
    const int rc = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE;
    Error::Code code = Error::Code::Storage;
    if ((rc & 0xff) == SQLITE_CONSTRAINT)
        code = Error::Code::Conflict;
    else if ((rc & 0xff) == SQLITE_NOTADB)
        code = Error::Code::Unsupported;
    return Error{code, u"%1: %2"_s.arg(context, lastError())};
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::begin()
{
    m_nested = !sqlite3_get_autocommit(m_db.handle());
    if (m_nested) {
        static int counter = 0;
        m_savepoint = u"pes_sp_%1"_s.arg(++counter);
        PES_TRY(m_db.exec(u"SAVEPOINT "_s + m_savepoint));
    } else {
        PES_TRY(m_db.exec(u"BEGIN IMMEDIATE"_s));
    }
    m_active = true;
    return {};
}

Status Transaction::commit()
{
    if (!m_active)
        return fail(Error::Code::Storage, u"no transaction to commit"_s);
    PES_TRY(m_db.exec(m_nested ? u"RELEASE "_s + m_savepoint : u"COMMIT"_s));
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_nested) {
        (void)m_db.exec(u"ROLLBACK TO "_s + m_savepoint);
        (void)m_db.exec(u"RELEASE "_s + m_savepoint);
    } else {
        (void)m_db.exec(u"ROLLBACK"_s);
    }
}

} // namespace pes::sql
