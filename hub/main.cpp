// SPDX-License-Identifier: GPL-3.0-or-later
// pes-hub: the regional hub's server and admin commands.
#include "hubcli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pes-hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PES_VERSION));
    qSetMessagePattern(QStringLiteral(
        "%{time yyyy-MM-ddTHH:mm:ss.zzz} %{if-warning}warning %{endif}%{category}: %{message}"));
    return pes::hub::runHubCli(QCoreApplication::arguments().mid(1));
}
