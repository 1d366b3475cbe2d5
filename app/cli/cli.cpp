// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "commandcontext.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace pes::cli {

namespace {

QList<Command> allCommands()
{
    return recordCommands() + replicaCommands() + rdfCommands() + accessCommands() +
           syncCommands() + backupCommands() + geocodeCommands() + bundleCommands() +
           attachmentCommands();
}

void printHelp(QTextStream &out)
{
    out << "Usage: pes [--replica PATH] COMMAND [ARGUMENTS...]\n\n"
        << "The command line of PES Desktop, for admins and scripts.\n\n"
        << "Options:\n"
        << "  --replica PATH  the replica to work on (default: $PES_REPLICA, or\n"
        << "                  " << Replica::defaultPath() << ")\n"
        << "  --help          show this help; “pes COMMAND --help” shows a command's\n"
        << "  --version       show the version\n\nCommands:\n";
    for (const Command &command : allCommands())
        out << "  " << command.name.leftJustified(14) << ' ' << command.summary << '\n';
    out.flush();
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString replicaPath = Replica::defaultPath();
    int i = 0;
    for (; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--replica") {
            if (i + 1 >= arguments.size()) {
                err << "pes: --replica needs a path" << Qt::endl;
                return Usage;
            }
            replicaPath = arguments.at(++i);
        } else if (argument.startsWith(u"--replica=")) {
            replicaPath = argument.mid(10);
        } else if (argument == u"--help" || argument == u"-h" || argument == u"help") {
            printHelp(out);
            return Success;
        } else if (argument == u"--version") {
            out << "pes " << PES_VERSION << Qt::endl;
            return Success;
        } else {
            break;
        }
    }
    if (i >= arguments.size()) {
        printHelp(err);
        return Usage;
    }

    const QString name = arguments.at(i);
    for (const Command &command : allCommands()) {
        if (command.name != name)
            continue;
        CommandContext context{name, arguments.mid(i + 1), replicaPath, out, err};
        const int code = command.run(context);
        out.flush();
        err.flush();
        return code;
    }
    err << "pes: unknown command “" << name << "”; run “pes --help” for the list" << Qt::endl;
    return Usage;
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(arguments, out, err);
}

} // namespace pes::cli
