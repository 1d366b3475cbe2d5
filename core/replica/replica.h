// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/record.h"
#include "error.h"
#include "replica/hybridclock.h"
#include "replica/search.h"
#include "storage/sqlite.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>

#include <memory>
#include <optional>

namespace pes {

struct NetworkInfo
{
    QString iri; // also the base under which this network mints record IRIs
    QString name;
};

struct CreateOptions
{
    std::optional<Visibility> visibility; // the kind's default when not set
    QString iri;                          // keep an IRI minted elsewhere (imports)
    bool checkReferences = true;          // referenced records must exist in the replica
};

struct ReplicaStats
{
    QMap<Kind, qint64> records; // live records per kind
    qint64 deleted = 0;         // tombstones (records in the trash)
    qint64 unsyncedOperations = 0;
    int schemaVersion = 0;
    qint64 fileSize = 0;
};

// The local replica: one SQLite file holding a network's directory and
// exchanges, and the journal of every local change.
//
// Every write goes through this class: it validates the fields, records
// field-level operations in the journal, keeps the search index in step and
// commits all of it in one transaction. Several writes can be grouped into
// one transaction and one undoable change with a ChangeScope.
class Replica : public QObject
{
    Q_OBJECT
public:
    ~Replica() override;

    static Result<std::unique_ptr<Replica>> create(const QString &path, const NetworkInfo &network);
    static Result<std::unique_ptr<Replica>> open(const QString &path);
    // $PES_REPLICA, or replica.sqlite in the platform's application data folder.
    static QString defaultPath();

    QString path() const;
    const NetworkInfo &network() const { return m_network; }
    const QString &deviceId() const { return m_deviceId; }

    Result<Record> record(const QString &iri);
    Result<QString> create(Kind kind, const QJsonObject &fields, const CreateOptions &options = {});
    // Sets the given fields (a null value clears one) and optionally the visibility.
    Status update(const QString &iri, const QJsonObject &changes,
                  std::optional<Visibility> visibility = std::nullopt);
    // Moves a record to the trash, leaving a tombstone; restore() brings it back.
    Status remove(const QString &iri);
    Status restore(const QString &iri);

    // Reverts the last change made here, and makes it again. Each returns the
    // description of the change, or an error when there is nothing to do or a
    // later edit touched the same fields.
    Result<QString> undo();
    Result<QString> redo();
    bool canUndo();
    bool canRedo();

    // Records read elsewhere (an RDF file, the hub): see replicaimport.cpp.
    enum class ImportOutcome {
        Created,          // a new record
        Updated,          // newer than ours: fields, visibility, trash state written, journalled
        Unchanged,        // the same as ours
        Older,            // older than ours (dct:modified): ours is kept
        Deleted,          // a tombstone moved our record to the trash
        UnknownTombstone, // a tombstone for a record this replica never had
    };
    // Applies an imported record: `incoming` has normalised fields and keeps
    // its IRI, network, created, modified and version (empty ones get this
    // replica's network, the current time, version 1). A record is replaced
    // whole (last writer wins on `modified`); every changed field is
    // journalled. `extras` are N-Triples statements the replica does not
    // model, stored with the record. Does not check references: a file may
    // name records it defines further on. Joins an open change.
    Result<ImportOutcome> applyImported(const Record &incoming, const QStringList &extras = {});
    // The extra statements stored with a record, in their order.
    Result<QStringList> extraStatements(qint64 recordId);

    Result<QList<SearchHit>> search(const SearchQuery &query);
    Result<qint64> count(const SearchQuery &query);
    Result<ReplicaStats> stats();

    // Groups writes into one transaction and one undoable change.
    class ChangeScope
    {
    public:
        ChangeScope(ChangeScope &&other) noexcept;
        ChangeScope &operator=(ChangeScope &&other) noexcept;
        ~ChangeScope();
        Status commit();

    private:
        friend class Replica;
        explicit ChangeScope(Replica *replica)
            : m_replica(replica)
        {
        }
        Replica *m_replica;
    };
    Result<ChangeScope> beginChange(const QString &description);

    sql::Database &database() { return m_db; }

Q_SIGNALS:
    // Emitted after a change is committed, with the IRIs of the records it touched.
    void changed(const QStringList &iris);

private:
    Replica() = default;
    Status openDatabase(const QString &path, bool create);
    Status configure();
    Status loadMeta();
    Result<QString> meta(const QString &key);
    Status setMeta(const QString &key, const QString &value);

    // Writing: every write happens inside a change (one is begun when none is open).
    struct OpenChange
    {
        std::unique_ptr<sql::Transaction> transaction;
        qint64 id = 0;
        int depth = 0;
        QStringList touched;
    };
    Status enterChange(const QString &description, const QString &action = QStringLiteral("edit"),
                       qint64 reverts = 0);
    Status leaveChange(bool commit);
    Status journal(const Record &record, const QString &field, const QJsonValue &oldValue,
                   const QJsonValue &newValue);
    Status journalEncoded(const Record &record, const QString &field, const QString &oldValue,
                          const QString &newValue);
    Status insertRecord(Record &record, const QByteArray &fieldsJson);
    // Inserts a new record and journals its @create operation.
    Status insertCreated(Record &record);
    Status storeRecord(Record &record);
    Status checkReferences(Kind kind, const QJsonObject &fields);
    Status setFields(Record &record, const QJsonObject &changes);
    Status setDeleted(Record &record, bool deleted);
    Status applyInverse(const QString &iri, const QString &field, const QJsonValue &oldValue,
                        const QJsonValue &newValue);
    Status writeImported(const Record &record);
    Status setExtraStatements(qint64 recordId, const QStringList &statements);
    Result<QString> revert(qint64 changeId, const QString &action, const QString &description);

    sql::Database m_db;
    NetworkInfo m_network;
    QString m_deviceId;
    HybridClock m_clock;
    std::optional<OpenChange> m_change;
};

} // namespace pes
