// SPDX-License-Identifier: GPL-3.0-or-later
// pes-access-worker: reads one Access file with libmdb and writes what it read
// as JSON lines on stdout, so that a damaged file can only take this process
// down. Started by pes::access::AccessReader; see core/access/workerprotocol.h.
#include "access/workerprotocol.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return pes::access::runWorker(app.arguments().mid(1));
}
