// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundletesting.h"

#include "storage/sqlite.h"

#include <QCryptographicHash>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace pes::test {

PesRun runPes(const QString &replica, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PES_BIN_DIR) + u"/pes"_s,
                  QStringList{u"--replica"_s, replica} + arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray replicaFingerprint(const QString &path)
{
    sql::Database db;
    if (!db.open(path, sql::Database::Mode::ReadOnly))
        return "cannot open";
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QList<QPair<QString, int>> tables = {
        {u"SELECT iri, kind, visibility, deleted, version, fields FROM record ORDER BY iri"_s, 6},
        {u"SELECT change_id, device, hlc, description FROM change ORDER BY id"_s, 4},
        {u"SELECT op_id, record, field, old_value, new_value, hlc, synced FROM operation ORDER "
         u"BY id"_s,
         7},
        {u"SELECT record, field, mine, theirs, resolved FROM sync_conflict ORDER BY id"_s, 5},
        {u"SELECT key, value FROM sync_state ORDER BY key"_s, 2}};
    for (const auto &[sql, columns] : tables) {
        auto statement = db.prepare(sql);
        if (!statement)
            return "cannot read";
        sql::Query query(**statement);
        while (query->next().value_or(false)) {
            for (int column = 0; column < columns; ++column)
                hash.addData(QByteArray(query->text(column).toUtf8() + '\x1f'));
            hash.addData("\x1e");
        }
    }
    return hash.result().toHex();
}

QStringList journalOpIds(Replica &replica, int state)
{
    auto statement = replica.database().prepare(
        u"SELECT op_id FROM operation WHERE ?1 < 0 OR synced = ?1 ORDER BY op_id"_s);
    if (!statement)
        return {};
    sql::Query query(**statement);
    query->bind(1, state);
    QStringList ids;
    while (query->next().value_or(false))
        ids.append(query->text(0));
    return ids;
}

} // namespace pes::test
