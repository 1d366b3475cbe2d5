// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandcontext.h"

using namespace Qt::StringLiterals;

namespace pes::cli {

bool CommandContext::parse(QCommandLineParser &parser, const QString &synopsis)
{
    parser.setApplicationDescription(u"pes "_s + command + u' ' + synopsis);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    parser.addOption(help);
    if (!parser.parse(QStringList{u"pes "_s + command} + arguments)) {
        usage(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        out.flush();
        return false;
    }
    return true;
}

bool CommandContext::helpOrUsage(QCommandLineParser &parser, const QString &synopsis, int *code)
{
    if (parse(parser, synopsis))
        return false;
    *code = parser.isSet(u"help"_s) ? Success : Usage;
    return true;
}

Result<std::unique_ptr<Replica>> CommandContext::openReplica()
{
    return Replica::open(replicaPath);
}

int CommandContext::report(const Error &error)
{
    err << "pes " << command << ": " << error.message << Qt::endl;
    return error.code == Error::Code::InvalidArgument ? Usage : Failure;
}

int CommandContext::usage(const QString &message)
{
    err << "pes " << command << ": " << message << Qt::endl
        << "Run “pes " << command << " --help” for its usage." << Qt::endl;
    return Usage;
}

} // namespace pes::cli
