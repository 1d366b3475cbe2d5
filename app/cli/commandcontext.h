// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "replica/replica.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace pes::cli {

enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

// What a command receives: its own arguments and the global options.
struct CommandContext
{
    QString command;
    QStringList arguments; // after the command name
    QString replicaPath;
    QTextStream &out;
    QTextStream &err;

    // Parses the arguments; on a usage error prints it and returns false.
    bool parse(QCommandLineParser &parser, const QString &synopsis);
    // The same, for a command that stops when parsing did not succeed: true
    // when it must stop, with *code set (0 after --help, 2 after a usage error).
    bool helpOrUsage(QCommandLineParser &parser, const QString &synopsis, int *code);
    Result<std::unique_ptr<Replica>> openReplica();
    // Prints "pes COMMAND: message" on err and returns the exit code for it.
    int report(const Error &error);
    int usage(const QString &message);
};

struct Command
{
    QString name;
    QString summary;
    std::function<int(CommandContext &)> run;
};

// Each group of commands lists its own; cli.cpp gathers them.
QList<Command> recordCommands();
QList<Command> replicaCommands();
QList<Command> rdfCommands();
QList<Command> accessCommands();
QList<Command> syncCommands();
QList<Command> backupCommands();
QList<Command> geocodeCommands();
QList<Command> bundleCommands();
QList<Command> attachmentCommands();

} // namespace pes::cli
