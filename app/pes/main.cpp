// SPDX-License-Identifier: GPL-3.0-or-later
// pes: the command line for admins and scripts.
#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pes"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PES_VERSION));
    return pes::cli::run(QCoreApplication::arguments().mid(1));
}
