// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replica/replica.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pes::test {

struct PesRun
{
    int code = -1;
    QString out;
    QString err;
};

// Runs the real `pes --replica REPLICA ARGS...` program.
PesRun runPes(const QString &replica, const QStringList &arguments);

// Everything a bundle import may change in a replica, as one digest: records,
// changes, operations with their states, conflicts and sync settings.
QByteArray replicaFingerprint(const QString &path);

// Op ids of the journal, optionally only those in a given state (operation.synced).
QStringList journalOpIds(Replica &replica, int state = -1);

} // namespace pes::test
