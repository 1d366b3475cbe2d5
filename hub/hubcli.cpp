// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubcli.h"

#include "hubserver.h"
#include "hubstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace pes::hub {

namespace {

enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

struct Cli
{
    QTextStream out{stdout};
    QTextStream err{stderr};
    QString command;

    int report(const Error &error)
    {
        err << "pes-hub " << command << ": " << error.message << Qt::endl;
        return error.code == Error::Code::InvalidArgument ? Usage : Failure;
    }
    int usage(const QString &text)
    {
        err << "pes-hub " << command << ": " << text << Qt::endl;
        return Usage;
    }
    // Parses; returns -1 to go on, or the exit code.
    int parse(QCommandLineParser &parser, const QStringList &arguments)
    {
        const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
        parser.addOption(help);
        if (!parser.parse(QStringList{u"pes-hub "_s + command} + arguments))
            return usage(parser.errorText());
        if (parser.isSet(help)) {
            out << parser.helpText();
            out.flush();
            return Success;
        }
        return -1;
    }
};

QString dataDir(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    return parser.isSet(option) ? parser.value(option) : qEnvironmentVariable("PES_HUB_DATA");
}

const QCommandLineOption dataOption(u"data"_s, u"The hub's data folder (default: $PES_HUB_DATA)."_s,
                                    u"DIR"_s);

int serve(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption listen(u"listen"_s, u"Address and port (port 0: any free one)."_s,
                                    u"HOST:PORT"_s, u"127.0.0.1:8470"_s);
    const QCommandLineOption cert(u"tls-cert"_s, u"PEM certificate (chain) for HTTPS."_s,
                                  u"FILE"_s);
    const QCommandLineOption key(u"tls-key"_s, u"PEM private key for HTTPS."_s, u"FILE"_s);
    const QCommandLineOption maxBody(u"max-body"_s, u"Largest request body in bytes."_s, u"N"_s);
    const QCommandLineOption maxBlob(u"max-blob"_s, u"Largest attachment in bytes."_s, u"N"_s);
    parser.addOptions({dataOption, listen, cert, key, maxBody, maxBlob});
    if (const int code = cli.parse(parser, arguments); code >= 0)
        return code;

    const QString hostPort = parser.value(listen);
    const qsizetype colon = hostPort.lastIndexOf(u':');
    bool ok = false;
    const int port = colon > 0 ? hostPort.mid(colon + 1).toInt(&ok) : -1;
    if (!ok || port < 0 || port > 65535)
        return cli.usage(u"--listen needs HOST:PORT, such as 127.0.0.1:8470"_s);
    HubLimits limits;
    if (parser.isSet(maxBody)) {
        limits.maxBody = parser.value(maxBody).toLongLong(&ok);
        if (!ok || limits.maxBody <= 0)
            return cli.usage(u"--max-body needs a positive number of bytes"_s);
    }
    if (parser.isSet(maxBlob)) {
        limits.maxBlob = parser.value(maxBlob).toLongLong(&ok);
        if (!ok || limits.maxBlob <= 0)
            return cli.usage(u"--max-blob needs a positive number of bytes"_s);
    }

    auto store = HubStore::open(dataDir(parser, dataOption));
    if (!store)
        return cli.report(store.error());
    HubService service(**store, limits);
    HubServer server(service);
    const bool tls = parser.isSet(cert) || parser.isSet(key);
    if (auto listening = server.listen(hostPort.left(colon), quint16(port), parser.value(cert),
                                       parser.value(key));
        !listening)
        return cli.report(listening.error());
    cli.out << "pes-hub listening on " << (tls ? "https://" : "http://") << hostPort.left(colon)
            << ':' << server.port() << Qt::endl;
    qCInfo(lcHub).noquote() << u"serving data="_s + (*store)->database().path()
                            << u"port="_s + QString::number(server.port());
    return QCoreApplication::exec();
}

int network(Cli &cli, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption iri(u"iri"_s, u"The network's base IRI."_s, u"IRI"_s);
    const QCommandLineOption name(u"name"_s, u"The network's name."_s, u"NAME"_s);
    parser.addOptions({dataOption, iri, name});
    cli.command = u"network "_s + action;
    if (const int code = cli.parse(parser, arguments.mid(1)); code >= 0)
        return code;
    auto store = HubStore::open(dataDir(parser, dataOption));
    if (!store)
        return cli.report(store.error());
    if (action == u"add") {
        if (!parser.isSet(iri) || !parser.isSet(name))
            return cli.usage(u"both --iri and --name are needed"_s);
        if (auto added = (*store)->addNetwork(parser.value(iri), parser.value(name)); !added)
            return cli.report(added.error());
        cli.out << "Added the network " << parser.value(name) << " <" << parser.value(iri) << ">"
                << Qt::endl;
        return Success;
    }
    if (action == u"list") {
        auto rows = (*store)->networks();
        if (!rows)
            return cli.report(rows.error());
        for (const NetworkRow &row : std::as_const(*rows))
            cli.out << row.iri << '\t' << row.name << '\t' << row.devices << " device(s)\n";
        cli.out.flush();
        return Success;
    }
    return cli.usage(u"use “network add --iri IRI --name NAME” or “network list”"_s);
}

int token(Cli &cli, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption network(u"network"_s, u"The device's network IRI."_s, u"IRI"_s);
    const QCommandLineOption device(u"device"_s, u"The device's name."_s, u"NAME"_s);
    parser.addOptions({dataOption, network, device});
    cli.command = u"token "_s + action;
    if (const int code = cli.parse(parser, arguments.mid(1)); code >= 0)
        return code;
    if (action != u"create" && action != u"revoke")
        return cli.usage(
            u"use “token create” or “token revoke” with --network IRI --device NAME"_s);
    if (!parser.isSet(network) || !parser.isSet(device))
        return cli.usage(u"both --network and --device are needed"_s);
    auto store = HubStore::open(dataDir(parser, dataOption));
    if (!store)
        return cli.report(store.error());
    if (action == u"create") {
        auto token = (*store)->createToken(parser.value(network), parser.value(device));
        if (!token)
            return cli.report(token.error());
        cli.out << *token << Qt::endl;
        cli.err << "This token is shown once; the hub keeps only its hash." << Qt::endl;
        return Success;
    }
    auto revoked = (*store)->revokeTokens(parser.value(network), parser.value(device));
    if (!revoked)
        return cli.report(revoked.error());
    if (*revoked == 0)
        return cli.report({Error::Code::NotFound,
                           u"no active token for “%1” in <%2>"_s.arg(parser.value(device),
                                                                     parser.value(network))});
    cli.out << "Revoked " << *revoked << " token(s) of " << parser.value(device) << Qt::endl;
    return Success;
}

} // namespace

int runHubCli(const QStringList &arguments)
{
    Cli cli;
    cli.command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (cli.command == u"serve")
        return serve(cli, rest);
    if (cli.command == u"network")
        return network(cli, rest);
    if (cli.command == u"token")
        return token(cli, rest);
    (cli.command.isEmpty() || cli.command == u"--help" ? cli.out : cli.err)
        << "Usage: pes-hub COMMAND [OPTIONS]\n\n"
        << "The regional hub of PES Desktop.\n\nCommands:\n"
        << "  serve --data DIR --listen HOST:PORT [--tls-cert F --tls-key F] [--max-body N]\n"
        << "  network add --data DIR --iri IRI --name NAME\n"
        << "  network list --data DIR\n"
        << "  token create --data DIR --network IRI --device NAME   (prints the token once)\n"
        << "  token revoke --data DIR --network IRI --device NAME\n"
        << Qt::flush;
    return cli.command == u"--help" ? Success : Usage;
}

} // namespace pes::hub
