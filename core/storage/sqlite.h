// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVariant>

#include <memory>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace pes::sql {

class Database;

// A prepared statement. Owned by its Database's cache; reset after each use by Query.
class Statement
{
public:
    explicit Statement(sqlite3_stmt *stmt, Database *db)
        : m_stmt(stmt)
        , m_db(db)
    {
    }
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, QStringView value);
    Statement &bind(int index, const char *utf8);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);
    Statement &bind(int index, const QVariant &value);

    // Advances to the next row: true when a row is available, false when done.
    Result<bool> next();
    // Runs a statement that returns no rows.
    Status run();

    QString text(int column) const;
    QByteArray blob(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;

    void reset();
    sqlite3_stmt *handle() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt;
    Database *m_db;
};

// Resets its statement when leaving scope, so a cached statement can be reused.
class Query
{
public:
    explicit Query(Statement &statement)
        : m_statement(statement)
    {
    }
    ~Query() { m_statement.reset(); }
    Statement *operator->() { return &m_statement; }
    Statement &operator*() { return m_statement; }

private:
    Statement &m_statement;
};

// One SQLite connection: the project's only boundary with the SQLite C API.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };
    Status open(const QString &path, Mode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }

    Status exec(const QString &sql);
    // A cached prepared statement for this SQL text.
    Result<Statement *> prepare(const QString &sql);
    // A query returning a single value (or a null QVariant when there is no row).
    Result<QVariant> scalar(const QString &sql, const QVariantList &bindings = {});

    qint64 lastInsertRowId() const;
    int changes() const;
    // True while a transaction is open on this connection.
    bool inTransaction() const;

    // Copies a consistent snapshot of the whole database into a new file at
    // path with SQLite's online backup API, in one step: other connections and
    // processes may keep writing meanwhile (WAL), the copy holds the last
    // committed state. The copy uses a rollback journal, so it is one
    // self-contained file. Refused while this connection has a transaction open.
    Status backupTo(const QString &path);
    QString lastError() const;
    // Makes the statement running on this connection stop with an error as
    // soon as it can. The one call that is safe from another thread.
    void interrupt();
    Error error(const QString &context) const;

    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
    std::unordered_map<QString, std::unique_ptr<Statement>> m_statements;
};

// BEGIN IMMEDIATE on construction; rolls back unless commit() succeeded.
// Nested use joins the outer transaction through a savepoint.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Status begin();
    Status commit();
    void rollback();

private:
    Database &m_db;
    bool m_active = false;
    bool m_nested = false;
    QString m_savepoint;
};

} // namespace pes::sql
