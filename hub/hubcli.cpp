// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubcli.h"

#include "blobcollection.h"
#include "hubserver.h"
#include "hubstore.h"
#include "sparqlmirror.h"

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
    const QCommandLineOption sparql(
        u"sparql-update"_s,
        u"Mirror public records to this SPARQL 1.1 Update endpoint (the Authorization header, "
        u"if any, is read from $PES_HUB_SPARQL_AUTHORIZATION)."_s,
        u"URL"_s);
    parser.addOptions({dataOption, listen, cert, key, maxBody, maxBlob, sparql});
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
    std::unique_ptr<SparqlMirror> mirror;
    if (parser.isSet(sparql)) {
        MirrorOptions options;
        options.updateEndpoint = QUrl(parser.value(sparql));
        options.authorization = qgetenv("PES_HUB_SPARQL_AUTHORIZATION");
        mirror = std::make_unique<SparqlMirror>(**store, options);
        if (auto started = mirror->start(); !started)
            return cli.report(started.error());
    }
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

int mirror(Cli &cli, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    QCommandLineParser parser;
    parser.addOptions({dataOption});
    cli.command = u"mirror "_s + action;
    if (const int code = cli.parse(parser, arguments.mid(1)); code >= 0)
        return code;
    if (action != u"status" && action != u"reset")
        return cli.usage(u"use “mirror status” or “mirror reset”"_s);
    auto store = HubStore::open(dataDir(parser, dataOption));
    if (!store)
        return cli.report(store.error());
    if (action == u"reset") {
        if (auto reset = (*store)->setSetting(SparqlMirror::cursorKey, u"0"_s); !reset)
            return cli.report(reset.error());
        cli.out << "The SPARQL mirror will send every record again." << Qt::endl;
        return Success;
    }
    auto endpoint = (*store)->setting(SparqlMirror::endpointKey);
    auto cursor = (*store)->setting(SparqlMirror::cursorKey, u"0"_s);
    auto last = (*store)->lastSequence();
    if (!endpoint || !cursor || !last)
        return cli.report(!endpoint ? endpoint.error() : !cursor ? cursor.error() : last.error());
    if (endpoint->isEmpty()) {
        cli.out << "No SPARQL mirror has been used (pes-hub serve --sparql-update URL)."
                << Qt::endl;
        return Success;
    }
    cli.out << "endpoint: " << *endpoint << "\nmirrored up to change " << *cursor << " of " << *last
            << " (" << qMax(qint64(0), *last - cursor->toLongLong()) << " behind)" << Qt::endl;
    return Success;
}

int blobs(Cli &cli, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    const QCommandLineOption grace(u"grace"_s,
                                   u"Spare files written in the last SECONDS (default: a day)."_s,
                                   u"SECONDS"_s, u"86400"_s);
    QCommandLineParser parser;
    parser.addOptions({dataOption, grace});
    cli.command = u"blobs "_s + action;
    if (const int code = cli.parse(parser, arguments.mid(1)); code >= 0)
        return code;
    if (action != u"status" && action != u"gc")
        return cli.usage(u"use “blobs status” or “blobs gc”"_s);
    bool numeric = false;
    const int seconds = parser.value(grace).toInt(&numeric);
    if (!numeric || seconds < 0)
        return cli.usage(u"--grace takes a number of seconds, 0 or more"_s);
    auto store = HubStore::open(dataDir(parser, dataOption));
    if (!store)
        return cli.report(store.error());
    AttachmentStore files((*store)->dataDir() + u"/blobs"_s);

    if (action == u"gc") {
        auto collected = collectBlobs(**store, files, seconds);
        if (!collected)
            return cli.report(collected.error());
        cli.out << "removed " << collected->removed.size() << " files, " << collected->bytesFreed
                << " bytes" << Qt::endl;
        return Success;
    }
    auto usage = blobUsage(**store, files);
    if (!usage)
        return cli.report(usage.error());
    cli.out << usage->blobs << " files, " << usage->bytes << " bytes\n"
            << usage->unreferenced << " referred to by no record, " << usage->unreferencedBytes
            << " bytes\n"
            << usage->partials << " unfinished uploads, " << usage->partialBytes << " bytes"
            << Qt::endl;
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
    if (cli.command == u"mirror")
        return mirror(cli, rest);
    if (cli.command == u"blobs")
        return blobs(cli, rest);
    (cli.command.isEmpty() || cli.command == u"--help" ? cli.out : cli.err)
        << "Usage: pes-hub COMMAND [OPTIONS]\n\n"
        << "The regional hub of PES Desktop.\n\nCommands:\n"
        << "  serve --data DIR --listen HOST:PORT [--tls-cert F --tls-key F] [--max-body N]\n"
        << "        [--sparql-update URL]\n"
        << "  network add --data DIR --iri IRI --name NAME\n"
        << "  network list --data DIR\n"
        << "  token create --data DIR --network IRI --device NAME   (prints the token once)\n"
        << "  token revoke --data DIR --network IRI --device NAME\n"
        << "  mirror status --data DIR    (how far the SPARQL mirror has got)\n"
        << "  mirror reset --data DIR     (send every record again)\n"
        << "  blobs status --data DIR     (attachment files stored, and how many no record uses)\n"
        << "  blobs gc --data DIR [--grace SECONDS]  (remove those, sparing recent ones)\n"
        << Qt::flush;
    return cli.command == u"--help" ? Success : Usage;
}

} // namespace pes::hub
